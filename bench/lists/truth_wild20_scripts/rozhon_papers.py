"""Wild20 truth for vaclavrozhon/vaclavrozhon.github.io research/papers.md: a theory researcher's publication page.

Jekyll front matter and a sentence, then raw HTML: one '<ul>' of '<li>' records (lines 12-251),
each 'Authors:' (commas, or '®' between names in alphabetical-order papers), '<b>Title</b><br>',
usually a venue line, and '[arXiv]'/'[slides]'/'[talk]'/'[poster]' links, some with HTML comments
holding more slide links.  Then '<h3>Other reports</h3>' and a second '<ul>' with the doctoral,
master and bachelor theses (no title, only 'Doctoral thesis.' and a [pdf] link) and a Czech study
text for high-school students.

Entries: every '<li>' of the first list, from '<li>' to '</li>' (33 records); the record at
lines 142-149 names two papers (two '<b>' titles: the ITCS 2022 paper and 'Deterministic
Distributed algorithms and Descriptive Combinatorics on Δ-regular trees'), so it counts as two
entries on the same lines, the second one's arXiv id being the one written after its own title
(2204.09329; the first is 2106.02066).  Title = the '<b>' text.  In 'Other reports' the three
theses are scholarly works that name no title: entries with title null; the study text for
high-school students is teaching material, not an entry.  Total 34 + 3 = 37; 34 arXiv ids (every
paper links arXiv), no DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "vaclavrozhon__vaclavrozhon.github.io__research__papers@49fe816.md"
PART = "wild20_development"
LINES = read_lines(NAME)


def records(start: int, stop: int) -> list[tuple[int, int]]:
    """(first, last) line of each <li>...</li> between lines start and stop."""
    out, first = [], None
    for i in range(start, stop + 1):
        t = LINES[i - 1].strip()
        if t.startswith("<li"):
            assert first is None, i
            first = i
        if t.startswith("</li>"):
            out.append((first, i))
            first = None
    assert first is None
    return out


def main() -> None:
    papers = []
    end_main = next(i for i, t in enumerate(LINES, 1) if t.strip() == "</ul>")
    main_records = records(1, end_main)
    assert len(main_records) == 33 and end_main == 251
    for first, last in main_records:
        own = "\n".join(LINES[first - 1:last])
        titles = re.findall(r"<b>(.+?)</b>", own)
        assert titles, first
        for n, title in enumerate(titles):
            p = entry(LINES, first, last, title)
            if n == 1:
                # the second paper of the two-paper record: its own id follows its title
                assert (first, last) == (142, 149)
                p["arxiv"] = re.search(r"arxiv\.org/abs/([\d.]+)", LINES[147]).group(1)
            papers.append(p)
    other = records(end_main + 1, len(LINES))
    assert len(other) == 4
    for first, last in other:
        text = " ".join(LINES[first - 1:last])
        if "thesis" in text:
            papers.append(entry(LINES, first, last, None))
        else:
            assert "Study text" in text
    assert len(papers) == 37
    assert sum(1 for p in papers if p["arxiv"]) == 34
    assert [p["arxiv"] for p in papers if p["line"] == 142] == ["2106.02066", "2204.09329"]
    write_truth(NAME, PART, papers,
                "every <li> record of the publication list is an entry (one record with two <b> titles counts twice,"
                " each with the arXiv id written after its own title), title = the <b> text; the three theses under"
                " 'Other reports' are entries with no title, the high-school study text is not",
                "all 33 <li> records and their 34 titles and arXiv ids by eye, the two-title record at 142-149, the"
                " HTML comments holding only slide links, the four 'Other reports' items")


if __name__ == "__main__":
    main()
