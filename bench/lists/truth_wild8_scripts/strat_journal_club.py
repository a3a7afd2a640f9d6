"""Wild8 truth for admg26/admg26.github.io _pages/journalclub.md: a stratospheric-dynamics (atmospheric
science) journal club's list of past papers, one '* ' bullet per meeting under '## List of past
papers discussed', newest first.

Shape: '* 8 December 2022: Title. Authors (Year) Journal <a href="https://doi.org/...">doi:...</a>'.
The date prefix varies ('4 November:', '6 and 20 May 2021:', '29 July, 12 August and 9 September
2021:', '21 October 2021 (In honour of the Nobel prize in Physics):') and never holds a colon, so
the title starts after the bullet's first ': '.  The title ends at '. ' before 'Surname (Year)',
'Surname et al. (Year)' or 'Surname and Surname (Year)'; one title (Wachter et al.) has no full
stop before the authors.  Two bullets wrap onto a second line.  The DOI is an HTML anchor.

Entries: every meeting bullet naming a paper.  '3 November 2022: Catch up on SPARC GA posters.' is
not an entry.  '23 September 2021 (2 papers): 1) ... 2) ...' runs over lines 27-28 (the '2)' line
continues the bullet) and names two papers: two entries on the same lines, each with its own
title and its own DOI.

DOIs: four AMS DOIs of the old SICI form hold '<' and '>' ('10.1175/1520-0469(1967)024<0241:
TEOTAW>2.0.CO;2'), written raw in two hrefs and percent-encoded (%3C, %3E) in two; the DOI is
taken whole from the href, lower-cased, as written (the generic DOI pattern stops at '<').

Count check: 34 bullets (grep -c '^\\* '), minus the posters meeting, plus the second paper of the
two-paper bullet = 34 entries.
"""

import re
import sys
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import doi_of, entry, read_lines, write_truth

NAME = "admg26__admg26.github.io___pages__journalclub@a5a0d59.md"
PART = "wild8_development"

AUTHORS = r"\.?\s+[A-Z][\w'’\-]+(?: et al\.| and [A-Z][\w'’\-]+)? \(\d{4}\)"


def href_doi(text: str) -> str | None:
    """The DOI of the first doi.org href, whole (SICI '<...>' kept), lower-cased."""
    m = re.search(r'href="https://doi\.org/([^"]+)"', text)
    if not m:
        return None
    doi = unquote(m.group(1)).lower()
    return doi if "<" in doi else doi_of(text)


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## List of past papers discussed") + 1
    bullets = [i for i, t in enumerate(lines, 1) if i > start and t.startswith("* ")]
    assert len(bullets) == 34, len(bullets)
    papers = []
    for n, b in enumerate(bullets):
        end = (bullets[n + 1] - 1) if n + 1 < len(bullets) else len(lines)
        while not lines[end - 1].strip():
            end -= 1
        text = " ".join(t.strip() for t in lines[b - 1 : end])
        if "Catch up on SPARC GA posters" in text:
            continue
        body = text[text.index(": ") + 2 :]
        parts = re.split(r"(?:^|\s)\d\) ", body)[1:] if "(2 papers)" in text else [body]
        for part in parts:
            m = re.match(r"(.+?)" + AUTHORS, part)
            assert m, part
            p = entry(lines, b, end, m.group(1))
            p["doi"] = href_doi(part)
            papers.append(p)
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME, PART, papers,
        "every '* date: Title. Authors (Year) Journal <a>doi</a>' bullet naming a paper is an entry; title ="
        " text after the bullet's first ': ' up to 'Surname [et al.|and Surname] (Year)'; the posters"
        " meeting is not an entry; the two-paper bullet is two entries on the same lines; DOIs taken"
        " whole from the doi.org href (SICI '<...>' DOIs kept)",
        "all 34 titles read against the file, the wrapped bullets (21-22, 33-34), the two-paper bullet"
        " (27-28), the title without a full stop before its authors (line 40), the four SICI DOIs (raw"
        " and %3C-encoded) and the malformed link texts (lines 26, 38)",
    )


if __name__ == "__main__":
    main()
