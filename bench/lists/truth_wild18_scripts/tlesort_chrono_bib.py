"""Wild18 truth for TLESORT/Automatic_Awesome_Bibliography Mardown_Files/Chronological_Bibliography.md:
a continual-learning bibliography generated from a BibTeX file by a script, one '## Papers in YYYY'
section per year after an outline of anchor links.

Shape: bullets '- **Title**, (Year) [[paper]](url)  [[bib]](../bibtex.bib#Lx-Ly)  by *Authors*';
the [[paper]] link is missing when the BibTeX entry had no url; the title keeps BibTeX's
case-protecting braces ('{REMIND Your Neural Network ...}', 'A {PAC}-Bayesian bound ...') and
escapes ('Progress \\& compress'); the italic author list keeps BibTeX's line breaks, so many
bullets run over several lines ('Xilai Li and' / 'Yingbo Zhou and' / ...), and one title wraps
('Learn to Grow: {A} Continual Structure Learning Framework for Overcoming' / 'Catastrophic
Forgetting**, (2019) ...').

Entries: every '- **' bullet (one per BibTeX record: papers, a few theses and technical reports),
lines = the bullet and its continuation lines up to the next bullet, heading or blank line.
Title = the bold text, BibTeX braces removed (as the project's BibTeX truths do: '{ELLA}: An
Efficient ...' -> 'ELLA: An Efficient ...'), Markdown escapes resolved by the helper, a closing '.'
dropped.  Not entries: the outline of year anchors and line 164, 'Lifelong Machine Learning' (2018,
Chen & Liu): a 207-page Synthesis Lectures book (its BibTeX record says keywords={"Book"}).
Counts: 195 lines starting '- **' (grep), one entry each but the book: 194.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "TLESORT__Automatic_Awesome_Bibliography__Mardown_Files__Chronological_Bibliography@c5736e8.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, t in enumerate(lines, 1) if t.startswith("- **")]
    for i in starts:
        if i == 164:
            assert lines[i - 1].startswith("- **Lifelong Machine Learning**, (2018)")
            continue
        last = i
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("- ", "#")):
            last += 1
        own = "\n".join(lines[i - 1:last])
        m = re.match(r"- \*\*(.+?)\*\*, \(\d{4}\)", own, re.DOTALL)
        assert m, i
        title = m.group(1).replace("\n", " ").replace("{", "").replace("}", "")
        title = re.sub(r"\.$", "", title.strip())
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 194, len(papers)
    write_truth(NAME, "wild18_development", papers,
                "every generated '- **Title**, (Year) [[paper]](url) [[bib]](...) by *Authors*' bullet with its"
                " wrapped author lines is an entry; title = the bold text without BibTeX braces and a closing"
                " full stop; the year outline and one book (Chen & Liu, Lifelong Machine Learning) are not",
                "the count (195 '- **' bullets, one a book), every bullet whose title or author list wraps, every title with"
                " braces or escapes, the first and last entry of every year, every entry without a [[paper]]"
                " link, about 25 random titles and ids against the file")


if __name__ == "__main__":
    main()
