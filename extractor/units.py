"""Units (agencies, bodies, groups of them): proper casing, splitting lists, canonical names.

The vocabulary (unit heads, department specialties, collective names) is in `extractor/data/units.json`;
abbreviations come from `extractor/data/abbreviations.json`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.data import load
from extractor.places import level_of, trailing_province
from extractor.text import _TONE, _TONE_RE, is_upper, keep_upper_word, nfc

LOCALITY = r"(tỉnh|thành phố|huyện|quận|thị xã|xã(?!\s+hội)|phường|thị trấn|khu vực)"
_PROPER_AFTER = re.compile(rf"(?i)\b{LOCALITY}\s+((?:\S+\s*)+)$")
_BODY_TYPES = ["ủy ban nhân dân", "hội đồng nhân dân", "văn phòng", "sở", "ban", "phòng", "trung tâm", "bệnh viện",
               "cục", "chi cục", "bộ", "thanh tra", "công an", "tòa án nhân dân", "viện kiểm sát nhân dân",
               "bảo hiểm xã hội", "kho bạc nhà nước", "đài", "báo", "liên đoàn", "hội", "ủy ban", "đoàn",
               "tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "đảng ủy", "đảng bộ", "chi bộ",
               "bộ chỉ huy quân sự", "ban chỉ đạo", "ban quản lý"]
_PARTY_BODIES = ("tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy", "đảng ủy")  # a place name follows


def proper_case(text: str) -> str:
    """A unit name written in capitals in its usual casing ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" ->
    "Sở Tài nguyên và Môi trường", "ỦY BAN NHÂN DÂN TỈNH BẾN TRE" -> "Ủy ban nhân dân tỉnh Bến Tre")."""
    words = text.split()
    low = [w if keep_upper_word(w) else w.lower() for w in words]
    out = " ".join(low)
    # the specialty after a body type: first word and the word after "và"/"-" capitalized
    for body in sorted(_BODY_TYPES, key=len, reverse=True):
        if out.lower().startswith(body + " ") or out.lower() == body:
            rest = out[len(body):].strip()
            if body in _PARTY_BODIES and not re.match(rf"(?i)^{LOCALITY}\b", rest):  # "HUYỆN ỦY LỤC NAM"
                return " ".join([body[:1].upper() + body[1:], *(w[:1].upper() + w[1:] for w in rest.split())])
            m = re.match(rf"(?i)^{LOCALITY}\b", rest)
            if rest and not m:
                parts = re.split(r"(\s+và\s+|\s*[-–,]\s*)", rest)
                rest = "".join(p if re.fullmatch(r"\s+và\s+|\s*[-–,]\s*", p) else p[:1].upper() + p[1:]
                               for p in parts)
                rest = re.sub(rf"(?i)\b{LOCALITY}\s+(\w)", lambda mm: f"{mm.group(1).lower()} {mm.group(2)}", rest)
            out = body + (" " + rest if rest else "")
            break
    # place names after a locality word in title case
    out = re.sub(rf"(?i)\b{LOCALITY}\s+([^,;()]+)$",
                 lambda m: m.group(1).lower() + " " + " ".join(w[:1].upper() + w[1:] for w in m.group(2).split()),
                 out)
    place = trailing_province(out)  # "SỞ Y TẾ AN GIANG" -> "Sở Y tế An Giang"
    if place and len(place) < len(out) and out.lower().endswith(place.lower()):
        out = out[:len(out) - len(place)] + place
    return out[:1].upper() + out[1:]


# ---------------------------------------------------------------- gazetteer

_HIDE = {",": "\x01", "và": "\x02", ";": "\x03", ":": "\x04"}
_SHOW = {v: k for k, v in _HIDE.items()}


def _upper_start(text: str) -> bool:
    """True when `text` starts with a capital letter (Vietnamese ones included)."""
    return text[:1].isupper()



def _alt(words: list[str]) -> str:
    """A regex alternation of `words`, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _loose(text: str) -> str:
    """A spelling-insensitive key: lower case, one tone placement, no punctuation, no "và"."""
    t = _TONE_RE.sub(lambda m: _TONE[m.group(0)], nfc(text).lower())
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(w for w in t.split() if w != "và")


@lru_cache(maxsize=1)
def _gaz() -> dict:
    """The compiled unit gazetteer from `units.json` and the abbreviation table."""
    g = load("units")
    heads = g["heads"]
    short = [h for h in heads if " " not in h and h[:1].isupper()]
    long_ = [h for h in heads if h not in short]
    nouns = _alt(g["generic_nouns"])
    locs = _alt(g["locality_words"])
    plural = _alt(g["plural_heads"])
    abbrev = load("abbreviations")["abbreviations"]
    return {
        "head": re.compile(rf"^(?:(?i:các|những|toàn thể|tất cả)\s+)?(?:(?:{_alt(short)})(?![\w])|(?i:{_alt(long_)})(?![\w]))"),
        # "Chi cục trưởng Chi cục …", "Trưởng các phòng": an office holder named by title and unit
        "title": re.compile(rf"^(?i:{_alt(g['leader_titles'])})\s+"),
        "head_long": re.compile(rf"^(?:(?i:các|những|toàn thể|tất cả)\s+)?(?i:{_alt(long_)})(?![\w])"),
        "not_head": re.compile(rf"^(?:{_alt(g['not_heads'])})(?![\w])"),
        "head_as_verb": re.compile(g["head_as_verb"]),
        "department": re.compile(rf"^({_alt(g['department_heads'])})\s+(.+)$"),
        "generic_start": re.compile(rf"(?i)^(?:(?:các|những)\s+)?(?:{nouns})\s*\x01"),
        "generic_run": re.compile(rf"(?i)(?<![\w])(?:{nouns})(?:\s*,\s*(?:{nouns}))+(?![\w])"),
        "collective": re.compile(rf"^(?:các|những)\s+(?:{nouns})(?:\s*,\s*(?:{nouns}))*\s+(?:{_alt(g['collective_qualifiers'])})(?![\w])",
                                 re.I),
        "locality_run": re.compile(rf"(?i)(?<![\w])(?:{locs})(?:\s*,\s*(?:{locs}))+(?![\w])"),
        "locality": re.compile(rf"(?<![\w])(?:{locs})(?![\w])", re.I),
        "locality_end": re.compile(rf"\s(?:{locs})$"),
        "named_locality": re.compile(rf"^(?:{locs})\s+[A-ZĐÀ-ỸĂÂÊÔƠƯ]"),
        "compounds": [re.compile(c, re.I) for c in g["compounds"]],
        "group": re.compile(
            rf"^(?P<pre>[^:]{{0,40}}?)\s*(?:\b(?:các|những)\s+)?(?P<head>(?:{plural})(?:\s*\x01\s*(?:{plural}))*)"
            rf"\s*:\s*(?P<rest>.*)$", re.I | re.S),
        "specialties": {_loose(s): s for s in g["specialties"]},
        "role_prefix": re.compile(g["role_prefix"], re.I),
        "role_suffix": re.compile(g["role_suffix"], re.I),
        "level_tail": re.compile(g["level_tail"], re.I),
        "level_only": re.compile(g["level_only"], re.I),
        "rewrites": [(re.compile(a, re.I), b) for a, b in g["rewrites"]],
        "abbrev": [(re.compile(rf"(?<![\w&]){re.escape(k)}(?![\w&])"), v)
                   for k, v in sorted(abbrev.items(), key=lambda kv: len(kv[0]), reverse=True)],
        "canon_names": [(_spelling_rx(spec), spec) for spec in sorted(g["specialties"], key=len, reverse=True)],
        "locality_words": [w.lower() for w in g["locality_words"]],
    }


def _spelling_rx(name: str) -> re.Pattern:
    """A pattern for any lower-case spelling of `name` (punctuation and "và" between words free)."""
    words = [_TONE_RE.sub(lambda m: _TONE[m.group(0)], w.lower()) for w in re.findall(r"\w+", name) if w.lower() != "và"]
    return re.compile(r"(?<![\w])" + r"[\s,\-–&]*(?:và\s+)?".join(re.escape(w) for w in words) + r"(?![\w])")


def _hide(text: str) -> str:
    """Separators inside a protected name replaced by placeholders."""
    t = re.sub(r"(?<![\w])và(?![\w])", _HIDE["và"], text)
    return t.replace(",", _HIDE[","]).replace(";", _HIDE[";"]).replace(":", _HIDE[":"])


def _show(text: str) -> str:
    """Placeholders put back to the separators they hide."""
    for k, v in _SHOW.items():
        text = text.replace(k, v)
    return text


def _protect(text: str) -> str:
    """Commas and "và" inside compound names, collective names and parentheses hidden from splitting."""
    g = _gaz()
    t = re.sub(r"\([^()]*\)", lambda m: _hide(m.group(0)), text)
    for rx in g["compounds"]:
        t = rx.sub(lambda m: _hide(m.group(0)), t)
    t = g["generic_run"].sub(_open_run, t)

    def locality(m: re.Match) -> str:
        """A run of level words with its commas hidden, up to a word that begins a name of its own."""
        run = m.group(0)
        after = t[m.end():].lstrip()
        capital = next((c.start() for c in re.finditer(r",\s*", run) if _upper_start(run[c.end():])), None)
        if capital is not None and not is_upper(run):  # "tỉnh, Tỉnh đoàn": a name after a level word
            head = run[:capital]
            return (_hide(head) if "," in head else head) + run[capital:]
        if _upper_start(after):  # "huyện, thành phố Long Khánh": the last one is a named place
            cut = run.rfind(",")
            head = run[:cut]
            return (_hide(head) if "," in head else head) + run[cut:]
        return _hide(run)

    return g["locality_run"].sub(locality, t)


def _open_run(m: re.Match) -> str:
    """A run of generic nouns ("sở, ban, ngành") without a last noun that begins a proper name
    ("… Môi trường, Sở Y tế": "Sở" is a unit of its own), so that only the run's own commas are hidden."""
    run = m.group(0)
    after = m.string[m.end():]
    if after[:1].isspace() and after.lstrip()[:1].isupper() and not is_upper(run):
        cut = run.rfind(",")
        head = run[:cut]
        return (_hide(head) if "," in head else head) + run[cut:]
    return _hide(run)


@lru_cache(maxsize=1)
def _parent_note_re() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    g = load("units")
    child = re.compile(rf"(?<![\w])(?:{_alt(g['child_heads'])})(?![\w])")
    heads = re.compile(rf"(?<![\w])(?:{_alt(g['child_heads'] + g['parent_heads'])})(?![\w])")
    note = re.compile(rf"\s*\(\s*(?:{_alt(g['parent_heads'])})(?![\w])[^()]*\)")
    return child, heads, note


def drop_parent_notes(text: str) -> str:
    """`text` without the brackets that name a sub-unit's parent body ("Phòng Tư pháp (UBND huyện)" ->
    "Phòng Tư pháp"); a bracket after a parent body ("Văn phòng Chính phủ (Cục KSTTHC)") stays."""
    child, heads, note = _parent_note_re()
    out, last = [], 0
    for m in note.finditer(text):
        before = [h for h in heads.finditer(text[:m.start()])]
        if before and child.fullmatch(before[-1].group(0)):
            out.append(text[last:m.start()])
            last = m.end()
    return "".join(out) + text[last:]


def starts_with_head(text: str) -> bool:
    """True when `text` begins with a word that begins a unit name ("Sở …", "UBND …", "các cơ quan …")."""
    g = _gaz()
    t = text.strip()
    title = g["title"].match(t)
    if title and (re.match(r"(?i:các|những)\s+\w", t[title.end():]) or starts_with_head(t[title.end():])):
        return True
    return bool(g["head"].match(t) or g["generic_start"].match(t)) and not g["not_head"].match(t) \
        and not g["head_as_verb"].match(t)


def is_group_label(text: str) -> bool:
    """True for a label that a list of unit names completes ("UBND các huyện", "Các Sở", "UBND thị trấn A
    và UBND các xã") before ":"."""
    t = _protect(text.strip())
    starts = [0] + [m.end() for m in re.finditer(r"\s*,\s*|\s+và\s+", t)]
    for k in starts:
        m = _gaz()["group"].match(t[k:] + ":")
        if m and (not m.group("pre").strip() or starts_with_head(m.group("pre"))) and (k == 0 or starts_with_head(t[k:])):
            return True
    return False


# ---------------------------------------------------------------- splitting


_SEP = re.compile(r"(\s*,\s*|\s+và\s+|\s*;\s*)")


def _clean(item: str) -> str:
    """An item without list dashes, role words and trailing punctuation."""
    g = _gaz()
    t = _show(item)
    t = re.sub(r"\s+", " ", t).strip()
    for _ in range(2):
        t = t.strip(" \t-–—•·+*.,;:")
        t = g["role_prefix"].sub("", t)
        t = g["role_suffix"].sub("", t)
    t = re.sub(r"^(?:và|hoặc)\s+", "", t)
    return t.strip(" \t-–—•·+*.,;:")


def _merge_specialties(pieces: list[str], seps: list[str]) -> list[str]:
    """Pieces of a "các Sở: …" list joined back where they form one department specialty."""
    spec = _gaz()["specialties"]
    out, i = [], 0
    while i < len(pieces):
        for j in range(min(len(pieces), i + 5), i + 1, -1):
            cand = pieces[i] + "".join(seps[k] + pieces[k + 1] for k in range(i, j - 1))
            if _loose(_show(cand)) in spec:
                out.append(cand)
                i = j
                break
        else:
            out.append(pieces[i])
            i += 1
    return out


def _group_items(pre: str, head: str, rest: str) -> tuple[list[str], str]:
    """Units of "UBND các huyện: A, B" / "Các Sở: X; Y" and the text left after the group ends."""
    parts = _SEP.split(rest)
    pieces, seps = parts[0::2], parts[1::2]
    merged = _merge_specialties(pieces, seps)
    single = _show(re.split(r"\s*\x01\s*", head)[0]).strip()
    if single[:1].islower() and not pre and not _gaz()["locality"].fullmatch(single):
        single = single[:1].upper() + single[1:]
    out = []
    for k, piece in enumerate(merged):
        name = piece.strip()
        if not name:
            continue
        if not is_specialty(_show(name)) and (starts_with_head(name) or _gaz()["group"].match(name)):
            return out, "; ".join(merged[k:])  # a unit of its own ends the group ("Tổ chức cán bộ" does not)
        out.append(" ".join(x for x in (pre.strip(), single, name) if x))
    return out, ""


def _split_piece(piece: str) -> list[str]:
    """Units of one ";"-free piece: split at commas and "và" that begin a new unit name."""
    g = _gaz()
    parts = re.split(r"(\s*,\s*|\s+và\s+)", piece)
    items: list[str] = [parts[0]]
    headed = parts[0] if starts_with_head(parts[0]) else None
    listing = False  # the last item took in ", lower-case word": a name that lists ("Phòng Công chức, viên chức")
    k = 1
    while k < len(parts) - 1:
        sep, nxt = parts[k], parts[k + 1].strip()
        new, used = None, 2
        if sep.strip() == "và" and g["collective"].match(_show(nxt)):
            new = nxt  # "Chi cục Quản lý đất đai và các phòng chuyên môn": a collective unit of its own
        elif listing and sep.strip() == "và" and not _opens_unit(nxt):
            pass  # "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ": the name's list goes on
        elif starts_with_head(nxt):
            new = nxt
        elif g["named_locality"].match(nxt) and g["named_locality"].match(items[-1].strip()):
            new = nxt  # "xã Mỹ Hòa, thị trấn Phú Mỹ"
        elif headed and g["level_only"].match(nxt):
            tail = g["level_tail"].search(headed)
            if tail:
                new = headed[:tail.start()].strip() + " " + nxt
        elif headed and g["named_locality"].match(nxt):
            locs = list(g["locality"].finditer(headed))
            if locs:
                base = re.sub(r"\s*\b(?:các|những)\s*$", "", headed[:locs[-1].start()]).strip()
                new = (base + " " + nxt).strip()
        elif headed and _department_head(headed):
            # "Sở Tư pháp, Nội vụ", "Sở Tài nguyên và Môi trường, Giáo dục và Đào tạo": one Sở each
            for j in range(min(len(parts) - 1, k + 7), k, -2):
                cand = "".join(parts[k + 1:j + 1]).strip()
                if _loose(_show(cand)) in g["specialties"]:
                    new, used = _department_head(headed) + " " + cand, j + 1 - k
                    break
        if new is None and headed and nxt[:1].isupper() and g["locality_end"].search(items[-1]) \
                and _loose(_show(nxt)) not in g["specialties"]:
            new = nxt  # "Bưu điện tỉnh và Viễn thông Quảng Ngãi": a name closed by its level, then another
        if new is None and headed and _proper_words(nxt):
            m = re.search(rf"^(.*\b{g['locality'].pattern})\s+[A-ZĐÀ-ỸĂÂÊÔƠƯ][\w ]*$", headed)
            if m:
                new = m.group(1) + " " + nxt
        if new is None:
            listing = bool(headed) and sep.strip() == "," and nxt[:1].islower()
            if headed is items[-1]:
                headed = items[-1] + sep + parts[k + 1]
                items[-1] = headed
            else:
                items[-1] += sep + parts[k + 1]
            k += 2
            continue
        listing = False
        items.append(new)
        if starts_with_head(new):
            headed = new
        k += used
    return items


def _opens_unit(text: str) -> bool:
    """True when `text` reads as a unit name of its own: a head word followed by nothing, a capitalised
    name, or a level ("Sở Tư pháp", "UBND huyện"), not a head word used as a common noun ("Tổ chức phi
    chính phủ" inside "Phòng Tổ chức, biên chế và Tổ chức phi chính phủ")."""
    g = _gaz()
    t = _show(text).strip()
    heads = [m.end() for rx in (g["head_long"], g["head"]) if (m := rx.match(t))]
    if not heads:
        return False
    rest = t[max(heads):].lstrip()
    return not rest or bool(rest[:1].isupper() or g["locality"].match(rest)
                            or re.match(r"(?:các|cấp)\b", rest))


def _department_head(name: str) -> str | None:
    """The head word of "<head> <specialty>" ("Sở" of "Sở Tư pháp"), else None."""
    m = _gaz()["department"].match(_show(name).strip())
    return m.group(1) if m and _loose(m.group(2)) in _gaz()["specialties"] else None


def _proper_words(text: str) -> bool:
    """True for a short run of capitalized words (a place name), not a unit head or a specialty."""
    words = text.split()
    return (0 < len(words) <= 4 and all(_upper_start(w) for w in words)
            and _loose(text) not in _gaz()["specialties"])


def is_specialty(text: str) -> bool:
    """True for the specialty of a department ("Tư pháp", "Tổ chức cán bộ", "Tài nguyên và Môi trường")."""
    return _loose(text) in _gaz()["specialties"]


def reads_as_names(text: str) -> bool:
    """True when `text` is a list of unit names, department specialties or place names ("Tư pháp; Nội
    vụ", "Thạnh Phú, Ba Tri", "Sở Y tế và UBND cấp huyện"), not a sentence ("Tham mưu UBND tỉnh …")."""
    parts = _SEP.split(_protect(text.strip(" .;:")))
    pieces = [p for p in _merge_specialties(parts[0::2], parts[1::2])]
    if not pieces or not all(p.strip() for p in pieces):
        return False
    for piece in pieces:
        t = _show(piece).strip()
        if not (starts_with_head(t) or is_specialty(t)
                or all(_upper_start(w) for w in t.split()) and len(t.split()) <= 5):
            return False
    return True


def split_units(text: str | None) -> list[str]:
    """One item per unit from a written list ("Sở Tư pháp; UBND cấp huyện và các đơn vị có liên quan")."""
    if not text or not isinstance(text, str):
        return []
    try:
        return _split_units(text)
    except (RecursionError, ValueError, IndexError):
        return [t for t in (_clean(x) for x in re.split(r"[;\n]", text)) if t]


def _cell_lines(text: str) -> list[str]:
    """The lines of a cell, a name wrapped before its hyphen joined again ("Công chức Văn phòng" / "- Thống
    kê"): a dashed line after an undashed one that starts no unit name goes on the line above."""
    lines: list[str] = []
    for line in re.split(r"[\n\r]+", text):
        t = line.strip()
        if lines and re.match(r"^[-–]\s", t) and not re.match(r"^[-–—•·+*]", lines[-1]) \
                and not starts_with_head(t[1:].strip()):
            lines[-1] = f"{lines[-1].rstrip()} {t}"
        else:
            lines.append(t)
    return lines


def _split_units(text: str) -> list[str]:
    """split_units without the safety net."""
    g = _gaz()
    out: list[str] = []
    for line in _cell_lines(text):
        line = re.sub(r"\s+", " ", line).strip()
        line = re.sub(r"^[-–—•·+*]\s*", "", line)
        if not line:
            continue
        queue = [p for p in re.split(r"\s*;\s*", _protect(line))]
        while queue:
            piece = queue.pop(0).strip()
            piece = re.sub(r"^[-–—•·+*]\s*", "", piece)
            if not piece:
                continue
            m = g["group"].match(piece)
            if ":" in piece:
                # "UBND thị trấn A và UBND các xã: B, C": units before a group label, then the group
                for sep in reversed(list(re.finditer(r"\s*,\s*|\s+và\s+", piece[:piece.index(":")]))):
                    tail = g["group"].match(piece[sep.end():])
                    if tail and starts_with_head(piece[sep.end():]) \
                            and (not tail.group("pre").strip() or starts_with_head(tail.group("pre"))):
                        queue.insert(0, piece[sep.end():])
                        piece, m = piece[:sep.start()], None
                        break
            if m and (not m.group("pre").strip() or starts_with_head(m.group("pre"))):
                rest = m.group("rest")
                # the group's items may continue over the next ";"-pieces until a new unit name starts
                while queue and (is_specialty(_show(queue[0]).strip(" -")) or not starts_with_head(queue[0].strip(" -"))
                                 and not g["group"].match(queue[0])):
                    rest += "; " + queue.pop(0)
                items, left = _group_items(m.group("pre"), m.group("head"), rest)
                out.extend(items)
                if left:
                    queue.insert(0, left)
                continue
            out.extend(_split_piece(piece))
    seen, result = set(), []
    for item in out:
        c = _clean(item)
        if c and c.lower() not in ("và", "các", "của") and c not in seen:
            seen.add(c)
            result.append(c)
    return result


# ---------------------------------------------------------------- canonical names and levels


@lru_cache(maxsize=16384)
def canonical_unit(name: str) -> str:
    """The canonical form of a unit name (abbreviations expanded, one casing), for matching across plans."""
    if not name or not isinstance(name, str):
        return ""
    g = _gaz()
    t = re.sub(r"\s+", " ", nfc(name)).strip(" \t-–—•·+*.,;:")
    t = re.sub(r"(?i)^(?:các|những)\s+", "", t)
    t = re.sub(r"(?<![\w])(TP|TX|TT)\.\s*", r"\1 ", t)
    if is_upper(t):
        t = proper_case(t)
    for rx, full in g["abbrev"]:
        t = rx.sub(full, t)
    words, out, in_name = t.split(" "), [], False
    locs = g["locality_words"]
    for i, w in enumerate(words):
        low = w.lower()
        keep = (in_name and _upper_start(w)) or (len(w) > 1 and w.isupper() and not is_upper(name))
        out.append(w if keep else low)
        two = " ".join(x.lower() for x in words[max(0, i - 1):i + 1])
        in_name = low in locs or two in locs or (in_name and bool(_upper_start(w)))
    t = " ".join(out)
    t = _TONE_RE.sub(lambda m: _TONE[m.group(0)], t)
    for rx, rep in g["rewrites"]:
        t = rx.sub(rep, t)
    for rx, spec in g["canon_names"]:
        t = rx.sub(spec, t)
    t = re.sub(r"\s+", " ", t).strip(" ,-")
    return t[:1].upper() + t[1:]


def unit_level(name: str | None) -> str | None:
    """Administrative level of a unit named in a list: trung_uong, tinh, huyen, xa or so (a department)."""
    if not name:
        return None
    return level_of(canonical_unit(name))
