-- implementation (IMP-1): the frameworks of each municipality for the method, for youth care (Jeugd)
-- and social support (Wmo): its policy, how case and process coordination are assigned, and how
-- coordination is funded. Every change is a new version; earlier versions are kept as the history.
create table implementation_framework (
    municipality_id    uuid        not null references organisation (id),
    version            integer     not null check (version >= 1),
    youth_policy       text        not null,
    youth_coordination text        not null,
    youth_funding      text        not null,
    wmo_policy         text        not null,
    wmo_coordination   text        not null,
    wmo_funding        text        not null,
    changed_by         uuid        not null,
    changed_at         timestamptz not null,
    primary key (municipality_id, version)
);

-- implementation (IMP-3): checklist templates an administrator keeps, for a municipality or an organisation.
create table implementation_checklist_template (
    id       uuid primary key,
    name     text    not null,
    for_kind text    not null check (for_kind in ('MUNICIPALITY', 'ORGANISATION')),
    version  integer not null default 0
);

create table implementation_template_item (
    id          uuid primary key,
    template_id uuid    not null references implementation_checklist_template (id) on delete cascade,
    position    integer not null,
    section     text    not null,
    text        text    not null
);
create index implementation_template_item_template on implementation_template_item (template_id, position);

-- implementation (IMP-3): a checklist started from a template for one municipality or organisation; its
-- items are copied when it starts, so a later change of the template leaves it as it is.
create table implementation_checklist (
    id               uuid primary key,
    template_id      uuid        not null references implementation_checklist_template (id),
    template_version integer     not null,
    organisation_id  uuid        not null references organisation (id),
    name             text        not null,
    started_by       uuid        not null,
    started_at       timestamptz not null
);
create index implementation_checklist_organisation on implementation_checklist (organisation_id);

create table implementation_checklist_item (
    id           uuid primary key,
    checklist_id uuid        not null references implementation_checklist (id) on delete cascade,
    position     integer     not null,
    section      text        not null,
    text         text        not null,
    action       text        not null default '',
    responsible  text        not null default '',
    planned_on   date,
    status       text        not null default 'TO_DO' check (status in ('TO_DO', 'IN_PROGRESS', 'DONE')),
    version      integer     not null default 0,
    changed_by   uuid,
    changed_at   timestamptz
);
create index implementation_checklist_item_checklist on implementation_checklist_item (checklist_id, position);

insert into implementation_checklist_template (id, name, for_kind) values
    ('6d3c1a10-0000-4000-8000-000000000001', 'Gemeente (A tot en met G)', 'MUNICIPALITY'),
    ('6d3c1a10-0000-4000-8000-000000000002', 'Organisatie (A tot en met F)', 'ORGANISATION'),
    ('6d3c1a10-0000-4000-8000-000000000003', 'Organisatie Midden-Holland (met op- en afschalen)', 'ORGANISATION');

insert into implementation_template_item (id, template_id, position, section, text)
select gen_random_uuid(), t.template_id::uuid, t.position, t.section, t.text
from (values
    ('6d3c1a10-0000-4000-8000-000000000001', 1, 'A. Commitment', 'Leg vast dat de gemeente met 1Gezin1Plan1Regisseur werkt.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 2, 'A. Commitment', 'Beschrijf wat de gemeente met de aanpak wil bereiken en welke rol zij zelf heeft.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 3, 'A. Commitment', 'Spreek af dat het ondersteuningsplan en het veiligheidsplan de vorm van het plan zijn.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 4, 'A. Commitment', 'Spreek af hoe het werken met de aanpak wordt gevolgd.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 5, 'A. Commitment', 'Wijs minstens één agendahouder aan.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 6, 'A. Commitment', 'Laat de aanpak aansluiten op andere aanpakken, zoals die tegen huiselijk geweld en kindermishandeling.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 7, 'A. Commitment', 'Neem het werken met de aanpak en het voeren van regie op in de inkoop- en subsidievoorwaarden.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 8, 'B. Organisatiestructuur', 'Vraag organisaties taken, verantwoordelijkheden en werkinstructie vast te leggen in hun gewone werkwijze.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 9, 'B. Organisatiestructuur', 'Vraag organisaties een aandachtsfunctionaris aan te wijzen.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 10, 'B. Organisatiestructuur', 'Vraag organisaties die met jongeren tot 23 jaar werken aan te sluiten op de verwijsindex.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 11, 'B. Organisatiestructuur', 'Vraag organisaties te werken met de meldcode huiselijk geweld en kindermishandeling.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 12, 'B. Organisatiestructuur', 'Vraag organisaties het competentieprofiel van de regisseur te gebruiken bij werven en beoordelen.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 13, 'C. Financiële middelen', 'Leg vast hoeveel geld er is voor het uitvoeren van de aanpak.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 14, 'C. Financiële middelen', 'Leg vast hoeveel geld er is voor invoeren, borgen en scholing.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 15, 'D. Deskundigheidsbevordering', 'Zorg dat de agendahouder goed is toegerust voor zijn taak.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 16, 'D. Deskundigheidsbevordering', 'Vraag organisaties scholing op te nemen in hun scholingsplan voor (nieuwe) medewerkers.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 17, 'D. Deskundigheidsbevordering', 'Vraag organisaties scholing te regelen voor aandachtsfunctionarissen, managers en coaches.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 18, 'E. Bevoegdheden', 'Leg de regiekaart vast.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 19, 'E. Bevoegdheden', 'Vraag organisaties de regiekaart in hun werkwijze op te nemen.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 20, 'E. Bevoegdheden', 'Vertel actief over de aanpak en de rol van de regisseur, zodat die rol wordt geaccepteerd.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 21, 'F. Monitoring', 'Volg of organisaties de aanpak goed hebben geborgd.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 22, 'F. Monitoring', 'Vraag organisaties bij te houden hoe vaak de aanpak echt wordt ingezet.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 23, 'F. Monitoring', 'Houd elk jaar een gesprek met de partners over wat goed gaat en wat beter kan.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 24, 'G. Onderhoud', 'Bekijk elk jaar hoe de aanpak in de gemeente werkt.'),
    ('6d3c1a10-0000-4000-8000-000000000001', 25, 'G. Onderhoud', 'Houd de werkwijze actueel.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 1, 'A. Commitment', 'Leg vast dat de organisatie met 1Gezin1Plan1Regisseur werkt.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 2, 'A. Commitment', 'Spreek af dat het ondersteuningsplan en het veiligheidsplan de vorm van het plan zijn.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 3, 'A. Commitment', 'Wijs minstens één aandachtsfunctionaris aan.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 4, 'B. Organisatiestructuur', 'Leg taken, verantwoordelijkheden en werkinstructie vast in de gewone werkwijze.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 5, 'B. Organisatiestructuur', 'Werkt u met jongeren tot 23 jaar? Sluit dan aan op de verwijsindex en spreek af wanneer u een signaal geeft.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 6, 'B. Organisatiestructuur', 'Werk met de meldcode huiselijk geweld en kindermishandeling.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 7, 'B. Organisatiestructuur', 'Gebruik het competentieprofiel van de regisseur bij werven, kiezen en beoordelen.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 8, 'B. Organisatiestructuur', 'Geef de regisseur genoeg tijd per huishouden en stem het aantal gezinnen daarop af.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 9, 'B. Organisatiestructuur', 'Laat de regisseur de regie houden zo lang als het huishouden dat nodig heeft.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 10, 'C. Financiële middelen', 'Leg vast hoeveel geld er is voor het uitvoeren van de aanpak.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 11, 'C. Financiële middelen', 'Leg vast hoeveel geld er is voor invoeren, borgen en scholing.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 12, 'D. Deskundigheidsbevordering', 'Neem scholing op in het scholingsplan voor (nieuwe) medewerkers.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 13, 'D. Deskundigheidsbevordering', 'Neem scholing op in het scholingsplan voor aandachtsfunctionarissen.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 14, 'D. Deskundigheidsbevordering', 'Neem scholing op in het scholingsplan voor managers, coördinatoren en coaches.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 15, 'E. Bevoegdheden', 'Leg de regiekaart vast.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 16, 'E. Bevoegdheden', 'Neem de regiekaart op in de gewone werkwijze.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 17, 'E. Bevoegdheden', 'Vertel actief over de aanpak en de rol van de regisseur, zodat die rol wordt geaccepteerd.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 18, 'F. Monitoring', 'Volg of de aanpak goed is geborgd.'),
    ('6d3c1a10-0000-4000-8000-000000000002', 19, 'F. Monitoring', 'Houd bij hoe vaak de aanpak echt wordt ingezet.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 1, 'A. Commitment', 'Schrijf op wat de organisatie onder zorgcoördinatie verstaat en leg dat vast.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 2, 'A. Commitment', 'Leg vast dat 1Gezin1Plan de gezamenlijke werkwijze is.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 3, 'A. Commitment', 'Leg vast hoe de inzet digitaal wordt gevolgd, op dezelfde manier als de gemeenten dat doen.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 4, 'A. Commitment', 'Leg vast met welk instrument krachten en zorgen worden bekeken, voor gezinnen en voor volwassenen.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 5, 'A. Commitment', 'Wijs minstens twee aandachtsfunctionarissen aan.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 6, 'B. Organisatiestructuur', 'Neem de werkwijze op in de gewone werkprocessen en in het kwaliteitsbeleid.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 7, 'B. Organisatiestructuur', 'Maak duidelijk hoe de zorgcoördinatie in de organisatie is geregeld.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 8, 'B. Organisatiestructuur', 'Leg taken en verantwoordelijkheden vast, zo veel mogelijk in de gewone werkprocessen.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 9, 'B. Organisatiestructuur', 'Schrijf een werkinstructie voor medewerkers.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 10, 'B. Organisatiestructuur', 'Volg met managementrapportages hoe vaak de werkwijze wordt ingezet.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 11, 'B. Organisatiestructuur', 'Directie en management sturen erop dat de werkwijze echt wordt gebruikt.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 12, 'C. Financiële middelen', 'Leg vast binnen welke grenzen de werkwijze wordt uitgevoerd.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 13, 'C. Financiële middelen', 'Richt de rapportage zo in dat duidelijk is wat de inzet kost en oplevert.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 14, 'D. Deskundigheidsbevordering', 'Maak een scholingsplan voor meerdere jaren.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 15, 'D. Deskundigheidsbevordering', 'Regel scholing voor (nieuwe) medewerkers.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 16, 'D. Deskundigheidsbevordering', 'Regel scholing voor aandachtsfunctionarissen.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 17, 'D. Deskundigheidsbevordering', 'Regel scholing voor managers, coördinatoren en coaches.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 18, 'D. Deskundigheidsbevordering', 'Regel intervisie en werkbegeleiding.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 19, 'F. Op- en afschalen', 'Maak met de gemeenten afspraken over acties, termijnen en terugkoppeling bij op- en afschalen.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 20, 'F. Op- en afschalen', 'Adviseer de gemeente over de inhoud en voer de besluiten uit die bij uw organisatie horen.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 21, 'G. Monitoring', 'Volg in teamoverleg en werkbegeleiding hoe vaak medewerkers de werkwijze inzetten.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 22, 'G. Monitoring', 'Bekijk elk jaar in cijfers hoe vaak de werkwijze is ingezet.'),
    ('6d3c1a10-0000-4000-8000-000000000003', 23, 'G. Monitoring', 'Bekijk elk jaar hoe goed de werkwijze werkt.')
) as t (template_id, position, section, text);
