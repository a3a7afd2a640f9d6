"""Wild43 truth for Claude216/reading_-_notes reading_list.md: a student's to-read list for a lab project on LLM
inference acceleration (speculative decoding, KV-cache compression, sparse attention, long context), kept beside
the PDFs and notes of the same repository.

Shape (61 lines and a final newline): 31 "* {{Title}}" bullets separated by blank lines, nothing else: no heading, no
links, no authors, no venues, no ids.  The titles are pasted from citations: most keep their citation case
("Chainof-thought prompting elicits reasoning in large language models."), 10 end with the citation's final "."
(11-29), words glued by PDF copy ("GenerativeInference" 9, "fromMulti-Head" 17, "inSemantic" 19, "Chainof-thought"
13), one opens with a single brace ("* {H2O: ... Models}} " 9), and two bullets end with a trailing space (9, 29).

Decisions:
- Entry = each "* " bullet (31), one line each; every bullet names a paper (Chinchilla's "Training compute-optimal
  large language models", the "Online normalizer calculation for softmax" report and the rest are all papers).
- Title = the bullet text without "* ", the braces (one "{" on line 9) and the citation's final "." (the held-out
  convention); the glued words and lower-case styling are kept as written.
- No ids anywhere.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "Claude216__reading_-_notes__reading_list@0df4bbd.md"
PART = "wild43_development"

ITEM = re.compile(r"^\* \{\{?(?P<title>[^{}]+)\}\}\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, text in enumerate(lines, 1):
        if not text.strip():
            continue
        m = ITEM.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* {{Title}}' bullet is a one-line entry; title = the text inside the braces (the single-brace opener"
        " of line 9 handled) without the citation's final '.'; glued words kept; no links or ids (31).",
        "Whole file read (61 lines) against the -v output: all 31 bullets, the single-brace H2O line (9) and the"
        " trailing-space lines, final dots removed (e.g. 11, 13, 29), glued words kept ('GenerativeInference',"
        " 'fromMulti-Head', 'inSemantic', 'Chainof-thought'), no blank or stray line taken.",
    )


if __name__ == "__main__":
    main()
