r"""Wild5 truth for pupenasan/ml books/TheLittleBookofDeepLearning/Bibliography.md: the bibliography of
Fleuret's 'The Little Book of Deep Learning' as converted from PDF into a Ukrainian translation
repository (a navigation table with 'Зміст' on top).

Shape: one author-first reference per paragraph, 'A. Author, B. Author, and C. Author.  Title.  CoRR,
abs/1607.06450, 2016. [[pdf](url)].78' -- the arXiv id is written bare as 'CoRR, abs/NNNN.NNNNN' and again in
an arXiv PDF link; page back-references ('.78', '[138](#_bookmark195)') trail each reference.  PDF conversion
left hyphenated line breaks inside words ('Rec- onciling', 'Lan- guage') and five references broken into two
or three paragraphs with blank lines between them: 13-15 and 105-107 (the author list broken after 'and', so
the next paragraph starts with an initial), 35-41 (title broken), 69-73 and 131-135 (venue broken).  An entry
spans from its first author line to its last paragraph.

Entry: every reference whose subject is a paper or technical report (50).  Not an entry: the 'Param- eter,
Compute and Data Trends in Machine Learning, May 2023. [[web](epochai.org/...)]' reference (line 121), a web
visualization, not a paper.  Title: the text after the author list (which ends at the first '. ' after a
surname or 'et al') up to the next '. ' or ', <year>', written as the file writes it, conversion hyphens
('Rec- onciling') kept.
Count check: 51 reference paragraphs that start with an author initial outside the two author-list
continuations (grep -c '^[A-Z]\.' gives 53 = 51 + lines 15 and 107; 51 first authors counted by eye, Ba ..
Zhao), minus the web reference = 50.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "pupenasan__ml__books__TheLittleBookofDeepLearning__Bibliography@fe2c771.md"
PART = "wild5_development"
LINES = read_lines(NAME)
CONTINUED = {13: 15, 35: 41, 69: 73, 105: 107, 131: 135}  # first line -> last line of a broken reference
NOT_PAPERS = {121}
AUTHORS_END = re.compile(r"(?:\bet al|[A-Za-zÀ-ÿ]{2,})\.\s+")


def title_of(text: str) -> str:
    m = AUTHORS_END.search(text)
    rest = text[m.end():]
    t = re.split(r"\.\s+|,\s+(?:May )?(?:19|20)\d\d\.", rest, maxsplit=1)[0]
    return t


def main() -> None:
    papers = []
    skip_until = 0
    starts = 0
    for i, text in enumerate(LINES, 1):
        if i <= skip_until or i < 9 or i > 137 or not re.match(r"[A-Z]\.\s", text):
            continue
        starts += 1
        last = CONTINUED.get(i, i)
        skip_until = last
        if i in NOT_PAPERS:
            continue
        own = " ".join(x for x in LINES[i - 1:last] if x.strip())
        papers.append(entry(LINES, i, last, title_of(own)))
    assert starts == 51, starts
    assert len(papers) == 50, len(papers)
    write_truth(NAME, PART, papers,
                "every author-first reference paragraph (five broken over blank lines, taken whole) is an entry except"
                " a web visualization; title = the text after the author list up to the next '. ' or ', <year>', PDF"
                " conversion hyphens ('Rec- onciling') kept as written",
                "all 51 references read against the output one by one: author-list ends, the five broken references"
                " (13-15, 35-41, 69-73, 105-107, 131-135), the GPT-1/GPT-2 report titles ending at ', 2018'/', 2019',"
                " arXiv ids from the bare 'abs/' text and PDF links; the epochai web reference left out")


if __name__ == "__main__":
    main()
