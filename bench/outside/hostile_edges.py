"""Hostile edges of every API route and of the newest pages (hostile.py's step 2d; see README.md).

What hostile_api.py does not send: every method a route does not have (HEAD, OPTIONS, TRACE, PATCH, ...),
Accept headers it cannot answer, page sizes of zero, below zero and beyond any number, repeated
parameters, malformed and over-long UUIDs in every position of the path, If-Match values that are lists,
`*`, negative or beyond any number, wrong and odd content types, a byte order mark before the JSON, and
JSON nested ten thousand deep. Then the newest pages and routes one by one: the yearly evaluation (page,
its PDF, the API), /admin/regions, training records, the event feed, the FHIR export and the dashboards,
with years, dates (0000-00-00, 31-02-2026), cursors and names a person may type by mistake or on purpose.

After each refusal batch on something that keeps data (the evaluation's findings, a person's trainings,
the regions) it reads that data again: changed without any 2xx answer counts as stored on refusal.
"""

import json
import re
import urllib.parse

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
UNKNOWN = "00000000-0000-4000-8000-000000000999"
BAD_IDS = ["not-a-uuid", "%zz", "%00", "%C0%AF", "0000000g-0000-0000-0000-000000000000", "-1", "x" * 3000,
           UNKNOWN.upper(), UNKNOWN + "0"]
ACCEPTS = ["application/xml", "text/html", "application/pdf", "image/png;q=abc", "*/*;q=2, application/json"]
PAGING = ["page=0&size=0", "page=0&size=-1", "page=-5&size=10", "size=101", "size=99999999999", "page=99999999999",
          "page=0&page=1&size=5&size=6", "size=1e3", "size=%00", "size=", "page=%zz", "size=+5", "page=1.5"]
IF_MATCH = ["*", '"1", "2"', 'W/"0"', '"-1"', '"99999999999999999999"', '""', "abc", '"' + "9" * 5000 + '"', '"0"x',
            '"0",', '"\u00e9"']
CTYPES = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data",
          "application/json; charset=utf-16", "application/json; charset=nonsense", "application/merge-patch+json",
          "application/problem+json", "*/*", "json"]
YEARS = ["0", "-1", "1999", "99999", "99999999999", "abc", "2025.5", "%00", "%zz", "2025%20", "0x7E9", "+2025",
         "2025;x=1", "%C0%AF"]
DATES = ["0000-00-00", "31-02-2026", "2026-02-31", "2026-13-01", "-2026-01-01", "+99999-01-01", "2026-1-1",
         "20260101", "%00", "1e9"]
TEXTS = [("NUL", "a\u0000b"), ("control chars", "a\u0001\u0002\u001b\u007fb"), ("1 MB", "x" * (1024 * 1024)),
         ("lone surrogate", "\ud800"), ("100,000 characters", "y" * 100000)]
# Text a person can type (or paste) that a field may keep: sent after the check that nothing changed.
UNUSUAL = [("line separator", "a\u2028b"), ("bidi override", "a\u202eb"), ("zero width", "\u200b"),
           ("script", "<script>x</script>")]


def edges(send, clients, doc, ids, templates_filled):
    """The generic edges on every route of the document; send(client, method, path, what, payload, raw, headers)."""
    for method, template, path, op in templates_filled:
        client = clients(template)
        if method == "GET":
            for other in ("HEAD", "OPTIONS", "TRACE", "PATCH", "PROPFIND"):
                if send(client, other, path, "method " + other) is None:
                    return
            for accept in ACCEPTS:
                send(client, "GET", path, "Accept " + accept, headers={"Accept": accept})
            sep = "&" if "?" in path else "?"
            for query in PAGING:
                send(client, "GET", path + sep + query, "paging " + query)
        else:
            send(client, "OPTIONS", path, "method OPTIONS")
            send(client, "HEAD", path, "method HEAD")
        for var in re.findall(r"\{(\w+)\}", template):
            for bad in BAD_IDS[:6] if var != "householdId" else BAD_IDS:
                broken = fill_one(template, ids, var, bad)
                if broken:
                    send(client, method if method == "GET" else "GET", broken, f"{var}={bad[:20]}")
        if method in ("GET", "DELETE"):
            continue
        schema = (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")
        if schema is None:
            continue
        body = json.dumps(minimal(doc, schema, ids)).encode()
        for ctype in CTYPES:
            send(client, method, path, "Content-Type " + ctype, raw=body, headers={"Content-Type": ctype,
                                                                                      "If-Match": '"999999"'})
        for tag in IF_MATCH:
            send(client, method, path, "If-Match " + tag[:24], raw=body, headers={"If-Match": tag})
        send(client, method, path, "byte order mark", raw=b"\xef\xbb\xbf" + body, headers={"If-Match": '"999999"'})
        send(client, method, path, "JSON null", raw=b"null", headers={"If-Match": '"999999"'})
        send(client, method, path, "nested 10,000 deep", raw=b"[" * 10000 + b"]" * 10000,
             headers={"If-Match": '"999999"'})
        send(client, method, path, "number 1e999999", raw=b'{"x":1e999999}', headers={"If-Match": '"999999"'})
        send(client, method, path, "number of 5,000 digits", raw=b'{"x":' + b"9" * 5000 + b"}",
             headers={"If-Match": '"999999"'})
        send(client, method, path, "UTF-16 body", raw=body.decode().encode("utf-16"),
             headers={"If-Match": '"999999"'})


def fill_one(template, ids, var, bad):
    """The path with `var` replaced by a bad value and the other variables by real ids (None when unknown)."""
    out = template.replace("{" + var + "}", bad)
    missing = [v for v in re.findall(r"\{(\w+)\}", out) if not ids.get(v)]
    if missing:
        return None
    return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], out)


def minimal(doc, schema, ids):
    from hostile_api import sample  # noqa: PLC0415 (same folder)

    return sample(doc, schema, ids)


def newest(send, browsers, clients, ids, stored):
    """The newest pages and API routes one by one (see the module's description)."""
    contact = browsers.get("aanspreekpunt gemeente")
    admin = browsers.get("beheerder")
    m = ids.get("municipalityId")
    this_year = None
    if contact and m:
        page = send(contact, "GET", f"/monitoring/municipalities/{m}/evaluations/2025", "valid", page=True)
        if page is not None and page.status == 200:
            this_year = "2025"
        for year in YEARS:
            base = f"/monitoring/municipalities/{m}/evaluations/{year}"
            send(contact, "GET", base, "year " + year, page=True)
            send(contact, "GET", base + "/report.pdf", "year " + year, page=True)
        for bad in BAD_IDS:
            send(contact, "GET", f"/monitoring/municipalities/{bad}/evaluations/2025", "municipality " + bad[:20],
                 page=True)
            send(contact, "GET", f"/monitoring/municipalities/{bad}/evaluations/2025/report.pdf",
                 "municipality " + bad[:20], page=True)
        for accept in ("application/pdf", "application/json", "application/xml"):
            for target in (f"/monitoring/municipalities/{UNKNOWN}/evaluations/2025/report.pdf",
                           f"/monitoring/municipalities/{m}/evaluations/1999/report.pdf",
                           f"/monitoring/municipalities/{m}/evaluations/2025/report.pdf"):
                send(contact, "GET", target, "Accept " + accept, headers={"Accept": accept}, page=True)
        for method in ("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"):
            send(contact, method, f"/monitoring/municipalities/{m}/evaluations/2025", "method " + method, page=True)
            send(contact, method, f"/monitoring/municipalities/{m}/evaluations/2025/report.pdf", "method " + method,
                 page=True)
        if this_year:
            evaluation_page(send, contact, m, stored)
    if admin:
        regions(send, admin, stored)
    api = clients("/api/v1/monitoring")
    if api and m:
        evaluation_api(send, api, m, stored)
        for query in ["municipality=not-a-uuid", "municipality=%00", f"municipality={m}&municipality={UNKNOWN}",
                      f"municipality={m}&region={UNKNOWN}", f"municipality={m}&from=0000-00-00",
                      f"municipality={m}&from=31-02-2026", f"municipality={m}&from=2026-02-31&to=2026-13-01",
                      f"municipality={m}&from=2026-12-01&to=2026-01-01", f"municipality={m}&from=-9999-01-01",
                      f"municipality={m}&from=+99999-01-01", f"municipality={m}&from=2026-01-01&from=2026-02-01",
                      "organisation=" + "x" * 5000, "municipality=%zz"]:
            send(api, "GET", "/api/v1/monitoring/dashboard?" + query, "dashboard " + query[:60])
        for query in ["scope=%00", f"scope=municipality:{m}&from=0000-00-00", f"scope=municipality:{m}&to=31-02-2026",
                      "scope=municipality:" + "x" * 3000, f"scope=municipality:{m}&scope=region:{UNKNOWN}",
                      "from=2026-01-01&from=abc", "lang=%C0%AF"]:
            if contact:
                for target in ("/monitoring", "/monitoring/export.csv", "/monitoring/export.xlsx"):
                    send(contact, "GET", target + "?" + query, "query " + query[:60], page=True)
    trainings(send, clients("/api/v1/people/"), ids, stored)
    feed = clients("/api/v1/events")
    if feed:
        for query in ["after=garbage", "after=%00", "after=" + "9" * 5000, "after=-1", "after=0", "limit=0",
                      "limit=-1", "limit=99999999999", "limit=abc", "limit=1e3", "limit=5&limit=6",
                      "after=%zz", "after=" + UNKNOWN, "after=2026-02-31T00:00:00Z", "after=1&after=2"]:
            send(feed, "GET", "/api/v1/events?" + query, "feed " + query[:40])
    household = ids.get("householdId")
    coordinator = clients("/api/v1/households")
    if household and coordinator:
        fhir = f"/api/v1/households/{household}/plan/fhir"
        for accept in ("application/fhir+json", "application/json", "application/fhir+xml", "application/xml",
                       "text/html", "*/*", "application/fhir+json; fhirVersion=9.9", "application/fhir+json;q=x"):
            send(coordinator, "GET", fhir, "Accept " + accept, headers={"Accept": accept})
        for lang in ("%%%", "en;q=abc", "*", "x" * 5000, "zz-ZZ-zz-ZZ-zz-ZZ-zz-ZZ-zz", "en-US,nl;q=0.5"):
            send(coordinator, "GET", fhir, "Accept-Language " + lang[:20], headers={"Accept-Language": lang})
        send(coordinator, "GET", f"/api/v1/households/{UNKNOWN}/plan/fhir", "unknown household",
             headers={"Accept": "application/fhir+json"})
        send(coordinator, "GET", f"/api/v1/households/{UNKNOWN}/plan/fhir", "unknown household, Accept xml",
             headers={"Accept": "application/fhir+xml"})


def evaluation_page(send, contact, m, stored):
    """The evaluation's form with hostile values; the findings must not change."""
    path = f"/monitoring/municipalities/{m}/evaluations/2025"
    before = findings_on(send, contact, path)
    fields = {"wentWell": "Proef", "couldBeBetter": "", "familyExperiences": "", "nextYear": "", "version": "0"}
    version = version_on(send, contact, path)
    for name in ("wentWell", "nextYear"):
        for label, text in TEXTS:
            post_form(send, contact, path, dict(fields, version=version, **{name: text}), f"{name}={label}")
    for bad in ("abc", "-1", "99999999999999", "", "1e3", "0x1", "%00"):
        post_form(send, contact, path, dict(fields, version=bad), f"version={bad}")
    send(contact, "POST", path, "version twice", raw=urllib.parse.urlencode(
        [("version", version), ("version", "99"), ("wentWell", "Dubbel")]).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"}, page=True, csrf=True)
    for ctype in ("*/*", "multipart/form-data", "text/plain", "application/json"):
        send(contact, "POST", path, "Content-Type " + ctype, raw=urllib.parse.urlencode(
            dict(fields, version=version)).encode(), headers={"Content-Type": ctype}, page=True, csrf=True)
    after = findings_on(send, contact, path)
    if before is not None and after is not None and before != after:
        stored.append(f"evaluation page {path}: the findings changed by hostile posts ({excerpt(before)} -> "
                      f"{excerpt(after)})")
    for label, text in UNUSUAL:
        post_form(send, contact, path, dict(fields, version=version_on(send, contact, path), wentWell=text),
                  f"wentWell={label}")


def findings_on(send, browser, path):
    r = send(browser, "GET", path, "current findings", page=True, quiet=True)
    if r is None or r.status != 200:
        return None
    return re.findall(r"<textarea[^>]*>([^<]*)</textarea>", r.text)


def version_on(send, browser, path):
    r = send(browser, "GET", path, "current version", page=True, quiet=True)
    found = re.search(r'name="version"[^>]*value="(\d+)"', r.text if r else "") or re.search(
        r'value="(\d+)"[^>]*name="version"', r.text if r else "")
    return found.group(1) if found else "0"


def post_form(send, browser, path, fields, what):
    pairs = [(k, v) for k, v in fields.items() if v is not None]
    body = urllib.parse.urlencode(pairs, encoding="utf-8", errors="surrogatepass").encode("ascii")
    return send(browser, "POST", path, what, raw=body, headers={"Content-Type": "application/x-www-form-urlencoded"},
                page=True, csrf=True)


def regions(send, admin, stored):
    """The regions' pages with hostile names, versions and municipality choices; nothing may change."""
    r = send(admin, "GET", "/admin/regions", "valid", page=True)
    if r is None or r.status != 200:
        return
    region = re.search(r"/admin/regions/(" + UUID + ")", r.text)
    before = regions_text(send, admin, region.group(1) if region else None)
    for label, text in TEXTS + [("empty", ""), ("spaces", "   "), ("101 characters", "r" * 101)]:
        post_form(send, admin, "/admin/regions", {"name": text}, "name=" + label)
    for ctype in ("*/*", "multipart/form-data", "text/plain"):
        send(admin, "POST", "/admin/regions", "Content-Type " + ctype, raw=b"name=Regio+Proef", page=True,
             csrf=True, headers={"Content-Type": ctype})
    send(admin, "POST", "/admin/regions", "name twice", raw=b"name=&name=" + b"z" * 300,
         headers={"Content-Type": "application/x-www-form-urlencoded"}, page=True, csrf=True)
    for bad in BAD_IDS:
        send(admin, "GET", "/admin/regions/" + bad, "region " + bad[:20], page=True)
        post_form(send, admin, f"/admin/regions/{bad}/name", {"name": "Proef", "version": "0"}, "region " + bad[:20])
    if region:
        rid = region.group(1)
        for label, text in TEXTS:
            post_form(send, admin, f"/admin/regions/{rid}/name", {"name": text, "version": "0"}, "name=" + label)
        for bad in ("abc", "-1", "99999999999999", "", "1e3", None):
            post_form(send, admin, f"/admin/regions/{rid}/name", {"name": "Hernoemd", "version": bad},
                      f"version={bad}")
            post_form(send, admin, f"/admin/regions/{rid}/municipalities", {"municipality": UNKNOWN, "version": bad},
                      f"version={bad}")
        for label, values in [("malformed", ["not-a-uuid"]), ("unknown", [UNKNOWN]), ("NUL", ["a\u0000b"]),
                              ("10,000 values", [UNKNOWN] * 10000), ("empty", [""])]:
            pairs = [("version", "99999")] + [("municipality", v) for v in values]
            send(admin, "POST", f"/admin/regions/{rid}/municipalities", "municipality " + label,
                 raw=urllib.parse.urlencode(pairs).encode(), page=True, csrf=True,
                 headers={"Content-Type": "application/x-www-form-urlencoded"})
        for method in ("PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "TRACE"):
            send(admin, method, f"/admin/regions/{rid}", "method " + method, page=True)
    after = regions_text(send, admin, region.group(1) if region else None)
    if before != after:
        stored.append(f"/admin/regions: changed by hostile posts ({excerpt(str(before))} -> {excerpt(str(after))})")
    for label, text in UNUSUAL:
        post_form(send, admin, "/admin/regions", {"name": text}, "name=" + label)


def regions_text(send, admin, rid):
    out = []
    for path in ["/admin/regions"] + ([f"/admin/regions/{rid}"] if rid else []):
        r = send(admin, "GET", path, "current regions", page=True, quiet=True)
        text = re.sub(r'name="_csrf"[^>]*>', "", r.text if r else "")
        out.append(re.sub(r"<[^>]+>|\s+", " ", re.search(r"<main.*</main>", text, re.S).group(0)
                          if "<main" in text else text))
    return out


def evaluation_api(send, api, m, stored):
    """PUT and GET of the evaluation with hostile bodies, headers and years; the findings must not change."""
    path = f"/api/v1/monitoring/municipalities/{m}/evaluations/2025"
    before = send(api, "GET", path, "current findings", quiet=True)
    if before is None or before.status != 200:
        return
    tag = before.header("ETag")
    body = {"wentWell": "Proef", "couldBeBetter": "", "familyExperiences": "", "nextYear": ""}
    cases = [(f"{k}={label}", dict(body, **{k: v})) for k in ("wentWell", "familyExperiences") for label, v in TEXTS]
    cases += [("wentWell as number", dict(body, wentWell=12)), ("wentWell as list", dict(body, wentWell=["a"])),
              ("wentWell as object", dict(body, wentWell={"a": 1})), ("wentWell false", dict(body, wentWell=False))]
    for what, payload in cases:
        raw = json.dumps(payload, ensure_ascii=True).encode()
        send(api, "PUT", path, what, raw=raw, headers={"If-Match": tag})
    for what, raw in [("duplicate field", b'{"wentWell":"een","wentWell":"twee"}'),
                      ("empty body", b""), ("invalid UTF-8", b'{"wentWell":"\xff\xfe"}'),
                      ("escaped NUL", b'{"wentWell":"a\\u0000b"}'), ("raw NUL", b'{"wentWell":"a\x00b"}'),
                      ("lone surrogate escaped", b'{"wentWell":"\\ud800"}')]:
        send(api, "PUT", path, what, raw=raw, headers={"If-Match": tag})
    for year in YEARS:
        send(api, "GET", f"/api/v1/monitoring/municipalities/{m}/evaluations/{year}", "year " + year)
        send(api, "PUT", f"/api/v1/monitoring/municipalities/{m}/evaluations/{year}", "year " + year,
             payload=body, headers={"If-Match": '"0"'})
        send(api, "GET", f"/api/v1/monitoring/municipalities/{m}/evaluations/{year}/report.pdf", "year " + year,
             headers={"Accept": "application/pdf"})
    for accept in ("application/pdf", "application/json", "application/problem+json", "text/html", "*/*"):
        for target in (f"/api/v1/monitoring/municipalities/{UNKNOWN}/evaluations/2025/report.pdf",
                       f"/api/v1/monitoring/municipalities/{m}/evaluations/1999/report.pdf",
                       f"/api/v1/monitoring/municipalities/not-a-uuid/evaluations/2025/report.pdf"):
            send(api, "GET", target, "Accept " + accept, headers={"Accept": accept})
    after = send(api, "GET", path, "current findings", quiet=True)
    if after is not None and (after.text != before.text or after.header("ETag") != tag):
        stored.append(f"{path}: the findings changed by hostile requests ({excerpt(before.text)} -> "
                      f"{excerpt(after.text)})")
    for label, text in UNUSUAL:
        current = send(api, "GET", path, "current version", quiet=True)
        send(api, "PUT", path, "wentWell=" + label, payload=dict(body, wentWell=text),
             headers={"If-Match": current.header("ETag") if current else '"0"'}, quiet=True)


def trainings(send, api, ids, stored):
    """A person's training records with hostile kinds, dates, bodies and If-Match; nothing may change."""
    account = ids.get("accountId")
    if not api or not account:
        return
    base = f"/api/v1/people/{account}/trainings"
    before = send(api, "GET", base, "current trainings", quiet=True)
    if before is None or before.status != 200:
        return
    tag = before.header("ETag")
    kinds = re.findall(r'"kind"\s*:\s*"(\w+)"', before.text)
    kind = kinds[0] if kinds else "METHOD"
    for what, raw in [("kind unknown", b'{"kind":"X","completedOn":"2026-01-01"}'),
                      ("kind ordinal", b'{"kind":0,"completedOn":"2026-01-01"}'),
                      ("kind lower case", ('{"kind":"%s","completedOn":"2026-01-01"}' % kind.lower()).encode()),
                      ("kind null", b'{"kind":null,"completedOn":"2026-01-01"}'),
                      ("duplicate kind", ('{"kind":"X","kind":"%s","completedOn":"2026-01-01"}' % kind).encode()),
                      ("kind NUL", b'{"kind":"a\\u0000b","completedOn":"2026-01-01"}'),
                      ("missing fields", b"{}"), ("empty body", b"")] + [
            ("completedOn " + d, ('{"kind":"%s","completedOn":"%s"}' % (kind, d)).encode()) for d in DATES]:
        send(api, "POST", base, what, raw=raw, headers={"If-Match": tag})
    for d in DATES + ["2999-01-01"]:
        send(api, "PUT", f"{base}/{kind}", "completedOn " + d, raw=('{"completedOn":"%s"}' % d).encode(),
             headers={"If-Match": tag})
    for bad in ("X", "0", "%00", "%zz", kind.lower(), "x" * 3000):
        send(api, "PUT", f"{base}/{bad}", "kind " + bad[:20], raw=b'{"completedOn":"2026-01-01"}',
             headers={"If-Match": tag})
        send(api, "DELETE", f"{base}/{bad}", "kind " + bad[:20], headers={"If-Match": '"999999"'})
    for tag_bad in IF_MATCH:
        send(api, "DELETE", f"{base}/{kind}", "If-Match " + tag_bad[:24], headers={"If-Match": tag_bad})
    for bad in BAD_IDS:
        send(api, "GET", f"/api/v1/people/{bad}/trainings", "account " + bad[:20])
    after = send(api, "GET", base, "current trainings", quiet=True)
    if after is not None and (after.text != before.text or after.header("ETag") != tag):
        stored.append(f"{base}: the trainings changed by hostile requests ({excerpt(before.text)} -> "
                      f"{excerpt(after.text)})")
    # A kind with a space after it is the same kind to Spring (it trims): valid, so sent after the check.
    current = send(api, "GET", base, "current version", quiet=True)
    send(api, "PUT", f"{base}/{kind}%20", "kind with a space", raw=b'{"completedOn":"2026-01-01"}',
         headers={"If-Match": current.header("ETag") if current else tag}, quiet=True)


def excerpt(text, n=120):
    return re.sub(r"\s+", " ", str(text))[:n]
