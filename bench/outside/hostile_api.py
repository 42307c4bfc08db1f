"""Hostile JSON to every route of the OpenAPI document (hostile.py's step 2b; see README.md).

Reads `/api/v1/openapi.json` as any client does, fills the path variables with real ids (the household of
the scenario, its municipality, and the first id that the list above a variable answers), and sends to
every route: for reads a hostile page and size and a malformed last id; for writes invalid JSON, an empty
body, an array, an unknown field, each property of the request body with a wrong type, NUL and 1 MB in
text, an impossible date, an unknown enum value, and a missing and a weak If-Match. Every route is tried
with the token of someone who may use it: household routes as the coordinator, municipality, monitoring
and implementation routes as the municipality's contact point, checklist templates as the administrator.
"""

import datetime
import json
import re

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
UNKNOWN = "00000000-0000-4000-8000-000000000999"
ENDING = re.compile(r"/close$|/end$|/withdraw|/withdrawal$|/handover$|/establish$|/new$|/leave$|/cancellation$|"
                    r"/de-escalation$|DELETE|/coordinator$")


def resolve(doc, schema, depth=0):
    """The schema with its $ref followed (allOf merged), to a small depth."""
    if not isinstance(schema, dict) or depth > 6:
        return {}
    if "$ref" in schema:
        node = doc
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node.get(part, {})
        return resolve(doc, node, depth + 1)
    if "allOf" in schema:
        merged = {"type": "object", "properties": {}}
        for s in schema["allOf"]:
            merged["properties"].update(resolve(doc, s, depth + 1).get("properties", {}))
        return merged
    return schema


def sample(doc, schema, ids, depth=0, name=""):
    """A plausible value for this schema (a property's name picks ids and dates that fit)."""
    s = resolve(doc, schema)
    kind, fmt, low = s.get("type"), s.get("format"), name.lower()
    if "enum" in s:
        return s["enum"][0]
    if kind == "object" or "properties" in s:
        if depth > 3:
            return {}
        return {k: sample(doc, v, ids, depth + 1, k) for k, v in s.get("properties", {}).items()}
    if kind == "array":
        item = resolve(doc, s.get("items", {}))
        if item.get("type") == "object":
            return []
        single = name[:-1] if name.endswith("s") else name
        return [sample(doc, item, ids, depth + 1, "participantId" if name in ("who", "holderIds") else single)]
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return False
    if fmt == "date":
        later = any(w in low for w in ("target", "until", "validto", "end", "evaluation", "due"))
        return (datetime.date.today() + datetime.timedelta(days=30 if later else 0)).isoformat()
    if fmt == "date-time":
        return datetime.datetime.now(datetime.timezone.utc).isoformat()
    if fmt == "uuid":
        key = "participantId" if low in ("professionalid", "coordinatorid", "participantid", "who") else name
        return ids.get(key) or ids.get("memberId") or UNKNOWN
    return "Proef"


def wrong(doc, schema):
    """(label, value) pairs that a property of this schema must refuse."""
    s = resolve(doc, schema)
    kind, fmt = s.get("type"), s.get("format")
    out = [("object instead of " + str(kind or "value"), {"x": 1})]
    if "enum" in s:
        out += [("unknown enum", "X"), ("enum by ordinal", 0)]
    elif kind in ("integer", "number"):
        out += [("not a number", "abc"), ("huge number", 10 ** 30), ("negative", -1)]
    elif kind == "boolean":
        out += [("boolean as text", "ja")]
    elif kind == "array":
        out += [("text instead of list", "x"), ("list of 10,000", ["x"] * 10000)]
    elif fmt == "date":
        out += [("date 2026-02-31", "2026-02-31"), ("date as number", 20000), ("date +99999", "+99999-01-01")]
    elif fmt == "uuid":
        out += [("malformed uuid", "not-a-uuid"), ("unknown uuid", UNKNOWN)]
    elif kind == "string":
        out += [("NUL", "a\u0000b"), ("1 MB", "x" * (1024 * 1024)), ("number instead of text", 123)]
    return out


def routes(doc):
    """(method, template, operation), reads first (shallow before deep), writes that end something last."""
    out = []
    for template, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if method.upper() in ("GET", "POST", "PUT", "DELETE", "PATCH"):
                out.append((method.upper(), template, op))
    return sorted(out, key=lambda r: (r[0] != "GET", bool(ENDING.search(r[1]) or r[0] == "DELETE"),
                                      r[1].count("/"), r[1]))


def fill(template, ids):
    """The path with its variables filled, or None when one is unknown."""
    missing = [v for v in re.findall(r"\{(\w+)\}", template) if not ids.get(v)]
    if missing:
        return None
    return re.sub(r"\{(\w+)\}", lambda m: ids[m.group(1)], template)


def learn(template, resp, ids):
    """Ids for the variables of deeper routes, from a list's first item (the variable that follows it)."""
    try:
        data = json.loads(resp.text)
    except ValueError:
        return
    items = data.get("items") if isinstance(data, dict) else data
    first = items[0] if isinstance(items, list) and items and isinstance(items[0], dict) else None
    found = first.get("id") if first else None
    for key in ("memberId", "participantId", "goalId", "actionId"):
        m = re.search(r'"' + key + r'"\s*:\s*"(' + UUID + ')"', resp.text)
        if m:
            ids.setdefault(key, m.group(1))
    if isinstance(data, dict):
        for key, value in data.items():
            if key.endswith("Id") and isinstance(value, str) and re.fullmatch(UUID, value):
                ids.setdefault(key, value)
    if found and re.fullmatch(UUID, str(found)):
        ids.setdefault("next:" + template, found)
        for suffix, var in (("/implementation-checklists", "checklistId"), ("/providers", "providerId")):
            if template.endswith(suffix):
                ids.setdefault(var, found)
    for nested in re.finditer(r'"(moments|items|goals|actions|participants)"\s*:\s*\[\s*\{[^{}]*?"id"\s*:\s*"('
                              + UUID + ')"', resp.text):
        key = {"moments": "momentId", "goals": "goalId", "actions": "actionId", "participants": "participantId"}.get(
            nested.group(1), "itemId" if "checklist" in template else None)
        if key:
            ids.setdefault(key, nested.group(2))


def descend(template, templates, ids):
    """A list route names the id of the item route below it."""
    for t in templates:
        m = re.fullmatch(re.escape(template) + r"/\{(\w+)\}", t)
        if m and ids.get("next:" + template):
            ids.setdefault(m.group(1), ids["next:" + template])


def prepare(send, clients, doc, ids, templates):
    """One valid item made on each list route whose item route needs an id not known yet (a provision, ...)."""
    for method, template, op in routes(doc):
        below = [m.group(1) for t in templates for m in [re.fullmatch(re.escape(template) + r"/\{(\w+)\}", t)] if m]
        if template.endswith("/implementation-checklists"):
            below = ["checklistId"]
        if method != "POST" or not below or ids.get(below[0]) or fill(template, ids) is None:
            continue
        client, path = clients(template), fill(template, ids)
        schema = (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")
        tag = etag_for(send, client, path, templates)
        r = send(client, "POST", path, "valid", sample(doc, schema, ids) if schema else None, None,
                 {"If-Match": tag} if tag else None)
        if r is None:
            return
        m = re.search(r'"id"\s*:\s*"(' + UUID + ')"', r.text) if 200 <= r.status < 300 else None
        if m:
            ids[below[0]] = m.group(1)


def run(send, clients, doc, ids):
    """Sends the hostile requests; send(client, method, path, what, payload, raw, headers) -> Response."""
    all_routes = routes(doc)
    templates = {t for _, t, _ in all_routes}
    ids.setdefault("area", "WORK")
    ids.setdefault("number", "1")
    for method, template, op in all_routes:  # the lists first, then an item where a list is empty
        path = fill(template, ids) if method == "GET" else None
        if path and clients(template):
            r = send(clients(template), "GET", path, "valid", quiet=True)
            if r is None:
                return
            learn(template, r, ids)
            descend(template, templates, ids)
    ids.setdefault("childId", ids.get("memberId"))
    prepare(send, clients, doc, ids, templates)
    for method, template, op in all_routes:
        client = clients(template)
        path = fill(template, ids)
        if path is None:
            continue
        if method == "GET":
            r = send(client, "GET", path, "valid")
            if r is None:
                return
            learn(template, r, ids)
            descend(template, templates, ids)
            send(client, "GET", path + ("&" if "?" in path else "?") + "page=-1&size=abc&scope=%00&from=abc&to=2026-02-31",
                 "hostile query")
            last = re.search(r"\{(\w+)\}$", template)
            if last and last.group(1) != "householdId":
                send(client, "GET", path[: path.rfind("/") + 1] + "not-a-uuid", "malformed id")
            continue
        body_schema = (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")
        if not body_schema and (ENDING.search(template) or method == "DELETE"):
            continue  # nothing hostile to send in a body, and any request would end it
        skeleton = sample(doc, body_schema, ids) if body_schema else None
        props = resolve(doc, body_schema).get("properties", {}) if body_schema else {}
        cases = [("invalid JSON", None, b'{"a":'), ("empty body", None, b""), ("array instead of object", None, b"[]")]
        if isinstance(skeleton, dict):
            cases.append(("unknown field", dict(skeleton, unknownField=1), None))
            for name, schema in list(props.items())[:8]:
                for label, value in wrong(doc, schema):
                    cases.append((f"{name}={label}", dict(skeleton, **{name: value}), None))
        tag = etag_for(send, client, path, templates)
        for what, payload, raw in cases:
            r = send(client, method, path, what, payload, raw, {"If-Match": tag} if tag else None)
            if r is None:
                return
            if 200 <= r.status < 300:
                tag = etag_for(send, client, path, templates)
        if tag:
            send(client, method, path, "weak ETag in If-Match", skeleton, None, {"If-Match": "W/" + tag.lstrip("W/")})
            send(client, method, path, "malformed If-Match", skeleton, None, {"If-Match": '"abc'})
        send(client, method, path, "no If-Match", skeleton, None, None)


def etag_for(send, client, path, templates):
    """The ETag of this path or of the nearest route above it that sends one."""
    probe = path
    while probe.count("/") > 3:
        r = send(client, "GET", probe, "current version", quiet=True)
        if r is None:
            return None
        if r.header("ETag"):
            return r.header("ETag")
        probe = probe[: probe.rfind("/")]
    return None
