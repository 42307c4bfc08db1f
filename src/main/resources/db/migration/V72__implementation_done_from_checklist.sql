-- implementation (IMP-3, IMP-4): whether a provider's implementation is done now follows from its newest
-- implementation checklist (every item done); it is no longer recorded by hand.
alter table provider_commitment drop column implementation_done_on;
