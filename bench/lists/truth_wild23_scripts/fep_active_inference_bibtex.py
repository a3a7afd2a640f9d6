"""Wild23 truth for BerenMillidge/FEP_Active_Inference_Papers README.md: a list generated from BibTeX.

Shape: the README says it 'was generated from bibtex using the bibtex_to_md.py file' (the style of
optimass/continual_learning_papers).  Two parts (FEP, Active Inference), each a '## ... Outline'
prose section with a table of contents of '- [Section](#anchor)' links (lines 13-17, 133-139),
then twelve '## Section' headings.  One record per bullet, all on one line:
'- [**Title**](url) , (year) by  A and  B  [[bib]](bibtex.bib#Lm-Ln) ', optionally followed by a
line holding one space and a line ' *comment* ' (an italic note; one line each).
Entry: every '- [**' bullet between '## Surveys' (line 19) and '## Acknowledgements' (line 240);
its lines run from the bullet to its note line when it has one.  Title = the bold link text, as
written (BibTeX accents left in: line 83 'Schr{\\"o}dinger's', whose Markdown escape '\\"' renders, and
is kept, as '"').  The generator repeats a paper in
every section its keywords match: 'What does the free energy principle tell us about the
brain?' (lines 20 and 86) and 'Reinforcement learning or active inference?' (lines 47 and 168) are
two entries each, as the conventions say.
Not entries: the outline prose and the table-of-contents bullets (no bold), the acknowledgements
and contributing text, and the book 'Surfing uncertainty: Prediction, action, and the embodied
mind' (line 71, Andy Clark, a Google Books link).  Counted as entries: the interview article 'Of
woodlice and men' (line 54, ALIUS Bulletin), the TU Delft master's thesis (line 183).
Ids: arXiv only from arxiv.org links; line 162 links an ADS abstract whose bibcode
'2019arXiv190910863S' is not an arXiv id as written, so that entry has none.  DOIs come from
publisher URLs that contain them (royalsocietypublishing, tandfonline, frontiersin, wiley,
mitpressjournals, springer, biorxiv; line 171's 'isal_a_011' is kept as written).
Count check: 89 '- [**' bullets - 1 book = 88 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "BerenMillidge__FEP_Active_Inference_Papers__README@964b9fb.md"
PART = "wild23_development"
BOOKS = {71}
NO_ARXIV = {162}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Surveys") + 1
    stop = next(i for i, t in enumerate(lines, 1) if t.startswith("## Acknowledgements"))
    assert (start, stop) == (19, 240), (start, stop)
    papers = []
    bullets = 0
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if not text.startswith("- [**"):
            assert not text.startswith("-") or "README.md#" in text, i
            continue
        bullets += 1
        if i in BOOKS:
            continue
        m = re.match(r"- \[\*\*(.+?)\*\*\]\((\S+)\) , \((\d{4})\) by ", text)
        assert m, i
        end = i
        if lines[i].strip() == "" and lines[i + 1].startswith(" *"):
            end = i + 2
        e = entry(lines, i, end, m.group(1))
        if i in NO_ARXIV:
            e["arxiv"] = None
        papers.append(e)
    assert bullets == 89, bullets
    assert len(papers) == 88, len(papers)
    write_truth(NAME, PART, papers,
                "every '- [**Title**](url) , (year) by ...' bullet of the BibTeX-generated sections is an entry (with its"
                " italic note line); title = the bold link text with BibTeX accents as written; repeated papers in two"
                " sections are two entries; one book (Clark, line 71) is not an entry",
                "all 89 bullets read by eye (every entry); the two repeated papers, the book, the interview, the thesis,"
                " the ADS link (line 162, no arXiv id kept) and the title with BibTeX accents checked one by one; DOIs"
                " from publisher URLs spot-checked")


if __name__ == "__main__":
    main()
