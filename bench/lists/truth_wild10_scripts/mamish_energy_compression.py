"""Wild10 truth for johnMamish/paper-reading 'Literature Reviews/Energy Adaptive Compression.md': a PhD
student's literature review for his energy-adaptive compression project, one page of an Obsidian vault.

Shape: '#' topic headings (DSP Theory, Compressive Sensing Theory, Math, Hardware Design, Compressive
Sensing Applications, Compressive Sensing Decoders), bullets ' - [[Note title]]' (Obsidian wikilinks to
the vault's notes, some with a folder prefix 'Want to Read/' or 'unfiled/'), one ' - [Title](pdf)'
Markdown link, and plain-text bullets; some bullets have a note or the authors on the next,
unbulleted line ('Cheon, Hwang, ... Song', 'PhD thesis by Nasser Mourad', a one-line opinion).  Two
HTML comment rules and a closing '# Some related research ideas I'd like to try' part (prose under
'####' headings, no papers) end it.

Entry: every bullet naming a paper or thesis, with its note line when it has one; the same paper twice
(line 29 and 37; line 24 and 52) is two entries.  The bullet 'The PhD student from Katabi's sFFT wrote a
whole thesis about sFFT. Should read.' names one thesis without its title: an entry with title null.
'A Lecture on Compressive Sensing' (Baraniuk's lecture-notes article) and the out-of-place 'Current-Driven
Magnetization Reversal ...' are papers named by title and kept.
Title: the wikilink's text without its vault folder ('Want to Read/', 'unfiled/'), the link text, or
the bullet's plain text, as written (the wikilinks drop the colons of the real titles: kept so).
Counts: 30 bullets in all ('^ ?- ' lines, grep), all 30 entries; no arXiv ids or DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "johnMamish__paper-reading__Literature Reviews__Energy Adaptive Compression@257ae9c.md"
LINES = read_lines(NAME)
NO_TITLE = {49}  # the Katabi student's sFFT thesis, named without title


def main() -> None:
    papers = []
    n = 1
    while n <= len(LINES):
        text = LINES[n - 1]
        if text.startswith("# Some related research ideas"):
            break
        if not re.match(r" ?- ", text):
            n += 1
            continue
        last = n
        nxt = LINES[n] if n < len(LINES) else ""
        if nxt.strip() and not re.match(r" ?- |#|<!--", nxt):  # a note / authors line under the bullet
            last = n + 1
        body = text.lstrip()[2:].strip()
        if n in NO_TITLE:
            title = None
        elif (m := re.fullmatch(r"\[\[(?:(?:Want to Read|unfiled)/)?([^\]]+)\]\]", body)) or (m := re.fullmatch(r"\[([^\]]+)\]\(http[^)]+\)", body)):
            title = m.group(1)
        else:
            assert "[" not in body, (n, body)
            title = body
        papers.append(entry(LINES, n, last, title))
        n = last + 1
    assert len(papers) == 30, len(papers)
    assert [p["line"] for p in papers if p["end"] > p["line"]] == [7, 9, 14, 19, 35, 37, 47, 50]
    write_truth(
        NAME, "wild10_development", papers,
        "every bullet naming a paper or thesis is an entry (with the note or author line under it; repeats kept);"
        " title = the [[wikilink]] text without its vault folder, the link text or the plain bullet text; a"
        " bullet naming a thesis only by its author's lab has title null; the closing research-ideas prose is"
        " not a list",
        "all 30 bullets against the file one by one (30 '- ' bullets by grep), the 8 two-line entries, the"
        " 'Want to Read/' and 'unfiled/' prefixes, the repeated papers (29/37, 24/52), the upper-case thesis"
        " title with double spaces, the research-ideas part (no entries)",
    )


if __name__ == "__main__":
    main()
