"""Wild truth for richard-peng-xia/awesome-multimodal-in-medical-imaging README: '- [**Venue Year**] Title [[pdf]](url) [[code]](url)'.

Entries are the '- [**Venue Year**] ...' bullets of the Survey, Medical Report Generation,
Medical Visual Question Answering and Medical Vision-Language Model sections; title = the text
between the venue tag and the first '[[pdf]' / '[[link]]' link, with the bold the list puts on
LLM papers removed.  Not entries: the dataset tables of 'Data Source' (their rows name datasets
and link their repositories or sites; the one row linking a paper, Derm1M, is a dataset row as
well, and the paper itself is listed as a bullet in 2025), the News bullets (announcements of
the authors' papers), the authors' own BibTeX under 'Citation', the overview links and the
cite-this-list BibTeX at the end.  Repeated papers are separate entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "richard-peng-xia__awesome-multimodal-in-medical-imaging__README@d5a657d.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    first = next(n for n, ln in enumerate(lines, 1) if ln.startswith("## Survey"))
    last = next(n for n, ln in enumerate(lines, 1) if ln.startswith("## ") and "Citation" in ln and n > first)
    papers = []
    for i, text in enumerate(lines, 1):
        if not first < i < last:
            continue
        m = re.match(r"- \[\*\*[^\]]*\*\*\]\s*(.*?)\s*\[\[?(?:pdf|link)\]", text)
        if not m:
            assert not text.startswith("- "), (i, text)
            continue
        papers.append({"line": i, "end": i, "title": tidy(clean(m.group(1))), "arxiv": arxiv_of(text), "doi": doi_of(text)})
    out = {"file": NAME, "part": PART,
           "method": "every '- [**Venue Year**] Title [[pdf]](url)' bullet from 'Survey' to the end of 'Medical"
                     " Vision-Language Model' is an entry, title = the text between the venue tag and the first"
                     " link (bold removed); dataset-table rows, news, the authors' BibTeX and the list's own"
                     " citation are not entries",
           "checked": "count against grep '^- ' in lines 119-441 (275, all entries), every bullet not of the usual"
                      " shape (ORGAN and RECAP with '[[pdf](url)]', one '[[link]]'), 25 entries spread over the"
                      " sections, the Springer and IEEE links, the dataset tables and their Derm1M row",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
