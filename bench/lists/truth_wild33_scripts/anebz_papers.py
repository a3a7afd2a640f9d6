"""Wild33 truth for anebz/papers README.md: a personal log of research papers read, with notes.

Shape: topic sections (`##`/`###`) of numbered items, one per line:
`N. Title, Authors, Year [[Paper](url)] [[Notes](file.md)] [\\#tag](#tag) ...`.  The same paper is
listed again under every topic it is tagged with; each listing is its own entry (138 numbered lines).
Title = the text before ` [[Paper`, less the trailing `, Year` and the last `, Authors` part (titles keep
their inner commas, e.g. line 212 "Different languages, similar encoding efficiency: ...").
Special cases: line 97 (Flair) gives no authors or year, the whole text is the title; lines 165 and 239
end the title with `?` and no comma before the authors ("... Translation? Domingo et al., 2018"), so the
title ends at the `?`; lines 118-119 have a stray `,` after the Paper link (no effect).  Line 87's arXiv
link is written `1911.001723` (one digit too many); the id is read as the helper reads it.
Not entries: the table of contents (11-32), the badges (3-7), the `[summary]` link (133), the
"Article on different types of NLG" bullet (170, a blog post) and numbered item 1 of Linguistics
(line 206, "Moving beyond the plateau", a Cambridge ELT blog post, not a paper).  Line 213 has a
PLOS DOI inside a query string; it is the entry's DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "anebz__papers__README@b45971e.md"
PART = "wild33_development"

SPECIAL = {
    165: "How Much Does Tokenization Affect Neural Machine Translation?",
    239: "Why do people stay poor?",
}
NOT_PAPER = {206}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.match(r"^\d+\. (.*?) \[\[Paper\]", ln)
        if not m:
            continue
        if i in NOT_PAPER:
            continue
        text = m.group(1).strip()
        if i in SPECIAL:
            title = SPECIAL[i]
        elif not re.search(r",\s*\d{4}$", text):
            title = text
        else:
            rest = re.sub(r",\s*\d{4}$", "", text)
            title = rest.rsplit(", ", 1)[0]
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 137, len(papers)
    write_truth(NAME, PART, papers,
                "Every numbered 'N. Title, Authors, Year [[Paper](..)]' line is an entry (repeats across topic "
                "sections kept), except the Cambridge ELT blog post on line 206; title is the text before the "
                "last ', Authors, Year' (or before the '?' on lines 165 and 239).",
                "All 137 entries read against the file by eye: title cut, authors and year dropped, ids; the two "
                "'?'-ended titles, the authorless Flair line 97 and the blog items 170/206.")


if __name__ == "__main__":
    main()
