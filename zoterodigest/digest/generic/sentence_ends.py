"""Where the sentences of a reference end: a full stop that closes no initial and no abbreviation, or a
question mark before a journal's name.  The first sentence of a names-first reference is its names, so
where they end is told by what follows (``Barn A. Owl calls ...``: an initial closing the names) as well as by
the stop itself.  Pure.
"""

from __future__ import annotations

import re

from . import reference_marks as marks
from .name_lists import VANCOUVER, is_name_list, spaced_names

#: A journal's name or ``In`` after a title ending in a question mark (``Title? Global Change Biology``).
VENUE_AFTER_QUESTION = (r"(?<=\?)[ \t\n]++(?=In[ \t]|[*_]?(?:[A-Z][\w&.,]*+[ \t]++|of[ \t]++|and[ \t]++|&[ \t]++){0,6}?"
                        r"(?:Journal|Proceedings|Conference|Transactions|Review|Reviews|Letters|Biology|Science|Sciences|"
                        r"Ecology|Nature|Research|Reports|Quarterly|Annals|Bulletin|Magazine|Physiology|Medicine)\b)")
_SENTENCE_STOP = re.compile(r"\.[ \t]+|" + VENUE_AFTER_QUESTION)
#: A reference's next piece, up to its next mark.
NEXT_PIECE = re.compile(r"[^,.;:]+")
YEAR_ONLY = re.compile(r"\(?((?:19|20)\d{2})[a-z]?\)?")
#: A word that is one initial (``D``), its stop next.
_INITIAL_WORD = re.compile(r"[A-Z]")
#: A name's initials joined by full stops, the last one's stop not included (``J.L``, ``R.P.N``, ``J.-P``).
_INITIALS = re.compile(r"[A-Z](?:\.-?[A-Z]){1,3}")


def sentence_ends(text: str, limit: int = 4) -> list[tuple[int, int]]:
    """Where the first sentences of ``text`` end (``. `` not after an initial or an abbreviation)."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE_STOP.finditer(text):
        word = text[text.rfind(" ", 0, m.start()) + 1 : m.start()].strip("(")
        if word == "al" and not out and text[max(0, m.start() - 6) : m.start() - 2].rstrip().endswith("et") \
                and m.end() < len(text) and (text[m.end()].isalpha() or YEAR_ONLY.match(text, m.end())):
            out.append((m.start(), m.end()))  # "Barn A, Tawny B, et al. Title.", "Barn, A, et al. 2020. Title.": the names end
            continue
        if not out and VANCOUVER.fullmatch(text, 0, m.start()):
            out.append((m.start(), m.end()))  # ("Wang Z, Huang P, Zhu S. MetaBinner: ...": Vancouver names end, "J." too; Nature's "& Barn, M.D.")
            continue
        if not out and _INITIALS.fullmatch(word) and (piece := NEXT_PIECE.match(text, m.end())) is not None \
                and len(piece.group(0).split()) > 3 and not is_name_list(piece.group(0)) and is_name_list(text[: m.start() + 1]):
            out.append((m.start(), m.end()))  # ("Elman, J.L. Finding Structure in Time.": the names end at their last initials)
            continue
        if word.lower() in marks.ABBREVIATIONS and not (len(word) > 1 and word.isupper()) or word[-2:-1] == "." \
                or re.fullmatch(r"[A-Z]\.?-[A-Z]", word):  # ("Ort DR.": initials; a hyphened given name's)
            continue  # "et al. 2020", "J.-P.", "S.-C. Kuok"
        if len(word) == 1 and word.isupper():
            piece = NEXT_PIECE.match(text, m.end())
            words = piece.group(0).split() if piece is not None else []
            if piece is None or (len(words) <= 3 or _INITIAL_WORD.fullmatch(words[-1])) and is_name_list(piece.group(0)) \
                    or piece.group(0).startswith(("et al", "et. al")) or not out and spaced_names(text[: piece.end()]):
                continue  # "A. Barn": an initial ("Alex A. Gorodetsky and John D. Jakeman" too); but "Doe A. Owl calls ..." ends the names
        out.append((m.start(), m.end()))
        if len(out) >= limit:
            break
    return out
