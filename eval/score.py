"""Field scores of a `plan/1` record against its gold record (SCHEMA.md's scoring, reference scorer's rules)."""
import difflib
import re
import unicodedata

TONE = {  # old-style tone placement -> one form
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
ABBREV = {
    "ubnd": "ủy ban nhân dân", "hđnd": "hội đồng nhân dân", "tthc": "thủ tục hành chính",
    "hcc": "hành chính công", "vpcp": "văn phòng chính phủ", "cchc": "cải cách hành chính",
    "tt&tt": "thông tin và truyền thông", "tttt": "thông tin và truyền thông",
    "tn&mt": "tài nguyên và môi trường", "tnmt": "tài nguyên và môi trường",
    "kh&đt": "kế hoạch và đầu tư", "khđt": "kế hoạch và đầu tư",
    "lđ-tb&xh": "lao động thương binh và xã hội", "lđtbxh": "lao động thương binh và xã hội",
    "nn&ptnt": "nông nghiệp và phát triển nông thôn", "nnptnt": "nông nghiệp và phát triển nông thôn",
    "gd&đt": "giáo dục và đào tạo", "gdđt": "giáo dục và đào tạo", "gtvt": "giao thông vận tải",
    "kh&cn": "khoa học và công nghệ", "khcn": "khoa học và công nghệ", "mttq": "mặt trận tổ quốc",
    "attp": "an toàn thực phẩm", "bcđ": "ban chỉ đạo", "pakn": "phản ánh kiến nghị",
    "csdlqg": "cơ sở dữ liệu quốc gia", "qppl": "quy phạm pháp luật", "pct": "phó chủ tịch",
    "cvp": "chánh văn phòng", "pcvp": "phó chánh văn phòng", "vp": "văn phòng",
    "tp": "thành phố", "tx": "thị xã", "tt": "thị trấn",
}
ADMIN_PREFIX = re.compile(
    r"^(ủy ban nhân dân |ubnd )?(các )?(tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn)?\s*")
DOC_FIELDS = ["doc_type", "number", "issued_date", "period_year", "province", "place",
              "issuer.name", "signer.name", "signer.title", "signer.authority", "title",
              "legal_bases", "legal_bases.date", "objectives", "requirements",
              "tasks", "tasks.lead", "tasks.support", "tasks.due", "deadlines",
              "inspection.targets", "recipients"]


def fold(text):
    if text is None:
        return ""
    t = unicodedata.normalize("NFC", str(text)).lower()
    for old, new in TONE.items():
        t = t.replace(old, new)
    t = re.sub(r"[^\w&/\-\s]", " ", t)
    words = [ABBREV.get(w, w) for w in t.split()]
    t = " ".join(words).replace("-", " ")
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"^(các|-)\s+", "", t)
    return t


def fold_number(number):
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", str(number or ""))).upper()


def sim(a, b):
    a, b = fold(a), fold(b)
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def unit_key(name):
    return ADMIN_PREFIX.sub("", fold(name)).strip()


def get(record, dotted):
    cur = record
    for part in dotted.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def f1(n_match, n_pred, n_gold):
    if n_pred == 0 and n_gold == 0:
        return 1.0
    if n_match == 0:
        return 0.0
    p, r = n_match / n_pred, n_match / n_gold
    return 2 * p * r / (p + r)


def match(gold, pred, score, threshold):
    """One-to-one greedy matching by descending score; returns [(gold_i, pred_j)]."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s >= threshold:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def list_f1(gold, pred, score, threshold):
    pairs = match(gold, pred, score, threshold)
    return f1(len(pairs), len(pred), len(gold)), pairs


def set_f1(gold_units, pred_units):
    g = {fold(u) for u in gold_units or []}
    p = {fold(u) for u in pred_units or []}
    return f1(len(g & p), len(p), len(g))


def dicts(items):
    return [i for i in (items or []) if isinstance(i, dict)]


def score_record(gold, pred):
    if not isinstance(pred, dict):
        pred = {}
    out = {}
    for field in ["doc_type", "number", "issued_date", "period_year", "province", "place",
                  "issuer.name", "signer.name", "signer.title", "signer.authority"]:
        g, p = get(gold, field), get(pred, field)
        if field == "number":
            out[field] = float(fold_number(g) == fold_number(p))
        elif field == "period_year":
            out[field] = float(str(g) == str(p))
        else:
            out[field] = float(fold(g) == fold(p))
    out["title"] = float(sim(gold.get("title"), pred.get("title")) >= 0.9)

    gl, pl = dicts(gold.get("legal_bases")), dicts(pred.get("legal_bases"))
    out["legal_bases"], pairs = list_f1(
        gl, pl, lambda a, b: float(fold_number(a.get("number")) == fold_number(b.get("number"))), 1.0)
    if gl:
        out["legal_bases.date"] = sum(gl[i].get("date") == pl[j].get("date") for i, j in pairs) / len(gl)

    for field in ["objectives", "requirements", "recipients"]:
        out[field], _ = list_f1(gold.get(field) or [], pred.get(field) or [],
                                lambda a, b: sim(str(a)[:300], str(b)[:300]), 0.8)

    gt, pt = dicts(gold.get("tasks")), dicts(pred.get("tasks"))
    out["tasks"], pairs = list_f1(gt, pt, lambda a, b: sim(a.get("name"), b.get("name")), 0.8)
    if gt:
        out["tasks.lead"] = sum(set_f1(gt[i].get("lead"), pt[j].get("lead")) for i, j in pairs) / len(gt)
        out["tasks.support"] = sum(set_f1(gt[i].get("support"), pt[j].get("support")) for i, j in pairs) / len(gt)

        def due_ok(g, p):
            gd, pd = g.get("due") or {}, p.get("due") or {}
            if not isinstance(pd, dict):
                pd = {}
            return gd.get("kind") == pd.get("kind") and gd.get("end") == pd.get("end")
        out["tasks.due"] = sum(due_ok(gt[i], pt[j]) for i, j in pairs) / len(gt)

    def deadline_score(a, b):
        if a.get("kind") != b.get("kind") or a.get("end") != b.get("end"):
            return 0.0
        return 0.5 + 0.5 * sim(a.get("text"), b.get("text"))
    out["deadlines"], _ = list_f1(dicts(gold.get("deadlines")), dicts(pred.get("deadlines")),
                                  deadline_score, 0.5)

    g_ins, p_ins = gold.get("inspection") or {}, pred.get("inspection") or {}
    if not isinstance(p_ins, dict):
        p_ins = {}
    out["inspection.targets"], _ = list_f1(
        dicts(g_ins.get("targets")), dicts(p_ins.get("targets")),
        lambda a, b: float(unit_key(a.get("name")) == unit_key(b.get("name"))), 1.0)
    return out
