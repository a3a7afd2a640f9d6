"""Wild truth for RManLuo/Awesome-LLM-KG README: bullets 'Title (Venue, Year) [[paper]](url)'.

Entries are the '* ' / '- ' bullets from 'Related Surveys' (line 70) to the end; three of them
wrap the title onto a second line, which belongs to the entry.  Title = the text before the
'[[paper]' link without the final '(Venue, Year)' parenthesis.  Not entries: the News bullets
(announcements of the authors' own papers, news items), the table of contents and the list's own
'please cite' BibTeX.  The same paper under two sections is two entries.  The TACL link on
direct.mit.edu writes the DOI followed by an article number ('/96460'), which is dropped.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "RManLuo__Awesome-LLM-KG__README@56b3750.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Related Surveys") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= start or not re.match(r"[*-] ", text):
            continue
        end = i
        while "[[paper" not in "\n".join(lines[i - 1:end]):
            end += 1  # title wrapped onto the next line
        own = "\n".join(lines[i - 1:end])
        head = own[2:].split("[[paper")[0]
        head = re.sub(r"\s*\([^()]*\)\s*$", "", head)  # (Venue, Year)
        doi = doi_of(own)
        if doi and doi.startswith("10.1162/"):
            doi = re.sub(r"/\d+$", "", doi)  # direct.mit.edu adds an article number
        papers.append({"line": i, "end": end, "title": tidy(clean(head)), "arxiv": arxiv_of(own), "doi": doi})
    out = {"file": NAME, "part": PART,
           "method": "every bullet from 'Related Surveys' on is an entry (a title wrapped over two lines included),"
                     " title = the text before '[[paper]' without its '(Venue, Year)'; News bullets, the table of"
                     " contents and the cite-us BibTeX are not entries",
           "checked": "all bullets after line 70 (grep '^[*-] ' gives 109: 99 entries, 9 News bullets, 1 table-of-contents line),"
                      " the three wrapped titles (185, 191, 193), every DOI and the MIT Press link, 20 titles"
                      " against their lines",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
