#!/usr/bin/env python3
"""Build extractor/data/legacy.json: the TCVN3 (TCVN 5712:1993) and VNI-Windows letter tables.

TCVN3: byte -> Unicode of TCVN 5712:1993 as glibc implements it (`iconv -f TCVN5712-1`), the published
standard's table (VN1, a superset of the VN3 slots the ABC .VnTime fonts use). VNI: every Vietnamese
letter written as VNI does, a base ASCII letter followed by one diacritic byte (or one byte for the
letters VNI keeps whole), derived from the letter's Unicode decomposition.

    python3 scripts/legacy_tables.py            # writes the table
    python3 scripts/legacy_tables.py --check    # exits 1 when the stored table differs
"""
from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data" / "legacy.json"

# Unicode combining marks of the five tones and the three letter qualities.
GRAVE, ACUTE, TILDE, HOOK, DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"
TONES = (GRAVE, ACUTE, TILDE, HOOK, DOT)

# VNI-Windows diacritic bytes (lower-case forms; the capital forms are the byte minus 0x20).
VNI_TONE = {ACUTE: "ù", GRAVE: "ø", HOOK: "û", TILDE: "õ", DOT: "ï"}
VNI_CIRCUMFLEX = {None: "â", ACUTE: "á", GRAVE: "à", HOOK: "å", TILDE: "ã", DOT: "ä"}
VNI_BREVE = {None: "ê", ACUTE: "é", GRAVE: "è", HOOK: "ú", TILDE: "ü", DOT: "ë"}
VNI_WHOLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def vietnamese_letters() -> list[str]:
    """The 134 letters of Vietnamese outside ASCII (67 lower case, 67 capitals)."""
    bases = {"a": ["", BREVE, CIRCUMFLEX], "e": ["", CIRCUMFLEX], "i": [""], "o": ["", CIRCUMFLEX, HORN],
             "u": ["", HORN], "y": [""]}
    out = ["đ"]
    for base, qualities in bases.items():
        for q in qualities:
            for tone in ("",) + TONES:
                letter = unicodedata.normalize("NFC", base + q + tone)
                if len(letter) == 1 and letter != base:
                    out.append(letter)
    out += [c.upper() for c in out]
    return out


def vni_letter(letter: str) -> str:
    """`letter` as VNI-Windows writes it."""
    lower = letter.lower()
    if lower in VNI_WHOLE:
        code = VNI_WHOLE[lower]
    else:
        d = unicodedata.normalize("NFD", lower)
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in TONES), None)
        if CIRCUMFLEX in marks:
            code = base + VNI_CIRCUMFLEX[tone]
        elif BREVE in marks:
            code = base + VNI_BREVE[tone]
        elif HORN in marks:
            code = VNI_WHOLE[unicodedata.normalize("NFC", base + HORN)] + VNI_TONE[tone]
        else:
            code = base + VNI_TONE[tone]
    return code.upper() if letter.isupper() else code


def tcvn_bytes() -> dict[str, str]:
    """Byte (two hex digits) -> Unicode for every byte TCVN 5712:1993 gives a Vietnamese letter or mark."""
    out = {}
    for b in range(256):
        done = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([b]),
                              capture_output=True, check=True)
        text = done.stdout.decode("utf-8")
        if text != chr(b):
            out[f"{b:02x}"] = text
    out["fd"] = "ý"  # the same code point as Latin-1, listed so the table names every letter
    return dict(sorted(out.items()))


def build() -> dict:
    """The whole data file."""
    letters = vietnamese_letters()
    tcvn = tcvn_bytes()
    missing = set(letters) - set(tcvn.values())
    assert not missing, f"TCVN table lacks {missing}"
    vni = {c: vni_letter(c) for c in letters}
    assert len(set(vni.values())) == len(vni), "VNI codes collide"
    return {
        "tcvn3": {
            "source": "TCVN 5712:1993 byte table as in glibc iconv TCVN5712-1 (VN1; VN3/.VnTime uses "
                      "the a1-ff letter slots, capitals with tones in the .VnTimeH font's lower-case slots)",
            "bytes": tcvn,
        },
        "vni": {
            "source": "VNI-Windows: base letter + diacritic byte (ù ø û õ ï tones; â á à å ã ä circumflex; "
                      "ê é è ú ü ë breve; ô ơ, ö ư, ñ đ; í ì æ ó ò i; î ỵ); capitals use the byte - 0x20",
            "letters": vni,
        },
        "fonts": {
            "source": "font-name prefixes (case-insensitive) of the ABC (.VnTime, .VnArial ...) and VNI "
                      "(VNI-Times ...) families; ABC capitals fonts end in H (.VnTimeH, .VnArialH)",
            "tcvn3": [".vn"],
            "vni": ["vni-", "vni "],
            "tcvn3_capitals_suffix": "H",
        },
    }


def main() -> int:
    """Write (or, with --check, compare) the table file."""
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("legacy.json is up to date" if same else "legacy.json differs from the generated table")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
