#!/usr/bin/env python3
"""The working demo, tried from outside on a running EenPlan (see README.md).

Starts EenPlan with its demo on a fresh data folder and logs in over HTTP as every demo login it
printed. Each person must land on real work, never on "U doet nog niet mee aan een plan":

- the mother's first page after logging in is her plan;
- the grandmother reaches the plan from her start page;
- the coordinator, the debt counsellor and the access team find "Gezin Jansen" in Mijn gezinnen
  (/cases);
- the managers and the municipal contact point: at least one of them sees the open escalation
  (in /escalations or in /cases), and none of them lands on an empty start page;
- the administrator's start page opens.

Then the coordinator adds a goal to the plan (and reads it back), the java process is killed
(SIGKILL, as a power cut), EenPlan is started again on the same data folder, and the driver checks
that no second demo was made (no new table of logins, the same number of households in /cases, the
same logins still work) and that the goal is still there.

Exit code 0 without findings, 1 with at least one finding (listed).
"""

import argparse
import os
import re
import sys
import time
import traceback

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from eenplan_outside import App, find_form, log, login  # noqa: E402
import scenario  # noqa: E402

DEAD_END = "U doet nog niet mee aan een plan"
HOUSEHOLD = "Gezin Jansen"
MOTHER = "gezinslid (moeder)"
GRANDMOTHER = ("netwerk (oma)", "netwerklid (oma)")
DEBT_COUNSELLOR = scenario.DEBT_COUNSELLOR
COORDINATOR = scenario.COORDINATOR
ACCESS_TEAM = ("toegangsteam",)
OVERSEERS = ("leidinggevende De Brug", "leidinggevende Op Orde", "aanspreekpunt gemeente")
PLAN = re.compile(r"^/households/([0-9a-f-]{36})/plan$")


class Findings:
    def __init__(self):
        self.rows, self.checks = [], 0

    def check(self, ok, who, what, detail=""):
        self.checks += 1
        log(f"{'ok  ' if ok else 'FAIL'} {who:26} {what}{(' ' + detail) if detail and not ok else ''}")
        if not ok:
            self.rows.append(f"{who}: {what} {detail}".strip())
        return ok


def found(page_text):
    """The number of households "Mijn gezinnen" says it found, or None."""
    m = re.search(r"(\d+) gezinnen gevonden|(1) gezin gevonden|(Geen) gezinnen gevonden", page_text)
    if not m:
        return None
    return 0 if m.group(3) else int(m.group(1) or m.group(2))


def cases(browser):
    r = browser.get("/cases")
    text = r.page().visible() if r.status == 200 else ""
    return r.status, text, found(text)


def first_page(browser):
    """The path and the page a person lands on right after logging in."""
    path = browser.start_page
    return path, browser.get(path)


def look_at_everyone(app, findings, logins, label):
    """Logs in as every demo login and checks each lands on real work; returns facts for later."""
    facts = {"cases": {}, "household": None}
    people = {}
    for role, (email, password) in logins.items():
        try:
            people[role] = login(app.port, email, password, role)
        except Exception as e:
            findings.check(False, role, f"{label}: logs in", str(e))
    findings.check(len(people) == len(logins), "iedereen", f"{label}: {len(people)} of {len(logins)} logins work")
    overseers_seeing = []
    for role, b in people.items():
        path, r = first_page(b)
        text = r.page().visible() if r.status == 200 else ""
        findings.check(r.status == 200 and DEAD_END not in text, role, f"{label}: first page {path} is real work",
                       f"({r.status}; '{DEAD_END}')" if DEAD_END in text else f"({r.status})")
        if role == MOTHER:
            m = PLAN.match(path or "")
            findings.check(bool(m) and HOUSEHOLD.split()[1] in text, role,
                           f"{label}: first page after login is her plan", f"(landed on {path})")
            if m:
                facts["household"] = m.group(1)
        elif role in GRANDMOTHER:
            work = b.get("/my-work")
            links = set(re.findall(r'href="(/households/[0-9a-f-]{36}/plan)"', r.text + work.text))
            findings.check(bool(links) and DEAD_END not in work.page().visible(), role,
                           f"{label}: start page or Te doen leads to the plan", f"(links {sorted(links)})")
        elif role == "beheerder":
            pass  # the start page opening (above) is enough: the administrator has no household
        else:
            status, text, count = cases(b)
            facts["cases"][role] = count
            sees_jansen = status == 200 and HOUSEHOLD in text
            if role in COORDINATOR + DEBT_COUNSELLOR + ACCESS_TEAM:
                findings.check(sees_jansen, role, f"{label}: /cases lists {HOUSEHOLD}",
                               f"({status}; found {count})")
            if role in OVERSEERS:
                esc = b.get("/escalations")
                esc_text = esc.page().visible() if esc.status == 200 else ""
                seen = (HOUSEHOLD in esc_text) or (sees_jansen and "open escalatie" in text)
                log(f"     {role:26} {label}: sees the open escalation: {'yes' if seen else 'no'}"
                    f" (/escalations {esc.status}, /cases found {count})")
                if seen:
                    overseers_seeing.append(role)
    present = [r for r in OVERSEERS if r in people]
    if present:
        findings.check(bool(overseers_seeing), "leidinggevenden/gemeente",
                       f"{label}: a manager or the contact point sees the open escalation",
                       f"(none of {', '.join(present)})")
    facts["people"] = people
    return facts


def add_goal(app, coordinator, household, title):
    """The coordinator adds a goal on the plan page (tab 2, "Doelen en afspraken", since the plan has tabs);
    True when the answer acknowledged it."""
    for path in (f"/households/{household}/plan", f"/households/{household}/plan/approach"):
        page = coordinator.get(path)
        form = find_form(page.page(), f"/households/{household}/plan/goals")
        if form is not None:
            break
    else:
        return False, f"no goal form on the plan page nor on tab 2 ({page.status})"
    r = coordinator.submit(form, {"title": title})
    if r.status not in (302, 303):
        return False, f"answered {r.status}"
    return title in plan_text(coordinator, household), f"answered {r.status}"


def plan_text(browser, household):
    """The plan page and its tab 2, where the goals are."""
    return "".join(browser.get(f"/households/{household}/plan{tab}").text for tab in ("", "/approach"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=int(os.environ.get("OUTSIDE_DEMO_PORT", "18183")))
    ap.add_argument("--db-port", type=int, default=int(os.environ.get("OUTSIDE_DEMO_DB_PORT", "54383")))
    args = ap.parse_args()
    started = time.time()
    app = App("demo", args.port, args.db_port)
    findings = Findings()
    try:
        app.start()
        logins = dict(app.logins)
        before = look_at_everyone(app, findings, logins, "first start")
        household = before["household"]

        # an acknowledged write just before the power cut
        title = f"Doel van voor de herstart {int(time.time())}"
        coordinator_role = scenario.role(logins, COORDINATOR)
        added, detail = (False, "the mother's plan was not found") if not household else add_goal(
            app, before["people"][coordinator_role], household, title)
        findings.check(added, coordinator_role, "adds a goal to the plan (acknowledged and shown)", f"({detail})")

        app.kill()
        app.start(fresh=False)
        findings.check(not app.printed_logins(), "EenPlan", "the second start prints no new demo logins",
                       f"(see {app.log_path})")
        after = look_at_everyone(app, findings, logins, "after kill -9")
        for role, count in before["cases"].items():
            findings.check(after["cases"].get(role) == count, role,
                           f"same number of households in /cases after the restart ({count})",
                           f"(now {after['cases'].get(role)})")
        findings.check(after["household"] == household, MOTHER, "her plan is the same household after the restart",
                       f"({household} before, {after['household']} after)")
        if household and coordinator_role in after["people"]:
            plan = plan_text(after["people"][coordinator_role], household)
            findings.check(title in plan, coordinator_role, "the goal added before the kill is still in the plan")
            goals = len(set(re.findall(r'id="goal-([0-9a-f-]{36})"', plan)))
        else:
            goals = 0

        log("")
        for row in findings.rows:
            log(f"FINDING: {row}")
        counts = ", ".join(f"{role}: {n}" for role, n in before["cases"].items())
        log(f"demo: {len(logins)} logins, {findings.checks} checks, findings: {len(findings.rows)}, "
            f"households in /cases ({counts}), goals after restart: {goals}, "
            f"seconds: {time.time() - started:.0f}")
        return 1 if findings.rows else 0
    except Exception as e:
        log(f"demo: stopped by an error: {e}")
        traceback.print_exc()
        return 1
    finally:
        app.stop()


if __name__ == "__main__":
    sys.exit(main())
