"""Wild28 truth for zach-hensel/zach-hensel.github.io research.md: a lab's publication page (Hensel lab, ITQB).

Shape: prose (lines 1-7), '## Publications from lab members' with a legend (lines 9-16: lab
members in bold, '†' equal contribution, '*' corresponding, '#' preprint not published elsewhere),
then five '###' sections, then a <style> block (lines 271-306).  Two record shapes:
(a) lines 22-126, twelve HTML cards '<details markdown="1">' ... '</details>' whose one-line
    '<summary>' holds 'Authors. <span>Title</span>. Venue, year. <a href="https://doi.org/...">'
    followed by an optional image line and a '**Abstract**:' paragraph; title = the <span> text,
    inner <i> tags removed (lines 32, 75, 84, 111).  The card on lines 74-81 is repeated verbatim
    on lines 83-90 (same paper, same DOI): two entries, as repeated records are.
(b) lines 128-269, paragraphs of four lines, blank-separated: authors (bold lab members, '\\*'),
    '*Italic title*.' , venue with year, '[DOI: 10.x](https://doi.org/...)' or '[Link](url)'.
    Title = the italic span; a final '.' inside the italics (lines 227, 232) is the separator and
    dropped.  Line 150 names the preprint as bare text 'arXiv 1506.08596' (link on line 151),
    line 268 as 'arXiv cond-mat/0510708' (old-style id).
Entries: every card and every paragraph whose work is a paper (research articles, preprints,
reviews, the JoVE methods article on line 214, the three 'Correspondence' pieces on lines
192-205: a PLoS Biology perspective, a Nature correspondence, a PeerJ preprint).  Many papers
appear twice (journal version under 'Research manuscripts', preprint under 'Published
preprints'): separate entries.  Not an entry: the US patent (lines 209-212, section
'Patents/Methods').  Count check: 12 '<summary>' lines + 27 paragraphs starting a record (an
author line followed by an italic title line) = 39 records = 38 entries + 1 patent.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "zach-hensel__zach-hensel.github.io__research@b3cc92c.md"
PART = "wild28_development"
PATENT = 209


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    cards = paragraphs = 0
    i = 0
    while i < len(lines):
        n = i + 1
        text = lines[i]
        if text == '<details markdown="1">':
            end = lines.index("</details>", i) + 1
            summary = lines[i + 1]
            m = re.fullmatch(r"<summary>.*?<span>(.+?)</span>\..*<a href=\"https://doi\.org/(\S+)\">.*</summary>",
                             summary)
            assert m, n
            title = re.sub(r"</?i>", "", m.group(1))
            p = entry(lines, n, end, title)
            assert p["doi"] == m.group(2).lower(), (n, p["doi"])
            papers.append(p)
            cards += 1
            i = end
            continue
        if 127 <= n <= 270 and text and not text.startswith("#") and (n == 1 or not lines[i - 1]):
            m = re.fullmatch(r"\*(.+)\*\.?", lines[i + 1])
            assert m, n
            paragraphs += 1
            end = n + 3
            assert lines[end - 1].startswith("[") and not lines[end], n
            if n != PATENT:
                title = m.group(1).removesuffix(".")
                papers.append(entry(lines, n, end, title))
            i = end
            continue
        i += 1
    assert cards == 12, cards
    assert paragraphs == 27, paragraphs
    assert len(papers) == 38, len(papers)
    by_line = {p["line"]: p for p in papers}
    assert by_line[148]["arxiv"] == "1506.08596" and by_line[266]["arxiv"] == "cond-mat/0510708"
    assert PATENT not in by_line
    write_truth(NAME, PART, papers,
                "each <details> card (title = its <span>) and each four-line paragraph (title = the italic line)"
                " under the five publication sections is one entry; the US patent is not; repeated records"
                " (a card shown twice, journal and preprint versions) are separate entries",
                "all 39 records read by eye: the 12 cards' spans and DOIs, the 27 paragraphs' italic titles,"
                " DOIs and the two bare arXiv ids (lines 150, 268), the repeated card on lines 83-90, the"
                " trailing periods inside italics on lines 227 and 232, the patent on line 209")


if __name__ == "__main__":
    main()
