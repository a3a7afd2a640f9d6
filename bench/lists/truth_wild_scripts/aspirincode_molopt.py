"""Wild truth for AspirinCode/papers-for-molecular-design-using-DL Molecular_Optimization.md: a list of
deep-learning papers on molecular optimization, by method.

Entries:
- every '* **Title** [Year]' bullet with its author line and its link line ('[Venue (Year)](url) |
  [code](url)'); the entry runs from the bullet to its last non-blank line; title = the bold text.
  Papers listed under two methods (FFLOM three times, ReBADD-SE, A2C, Domain-Agnostic, Fragment-Masked,
  Utilizing deep learning twice) give one entry each time.  The benchmark paper under 'Benchmarks'
  is an entry.
- the figure's '**Refs**' citation (line 12, author-first, title in quotes): a bibliography
  paragraph naming one paper; title = the quoted title.
Not entries: the MolDrug bullet (a Python package, linking only its code), the dataset names
(DrugBank, ChEMBL, PubChem with their home pages), the menu tables and headings.
Ids are taken literally from each entry's lines, the first one written: the 'Finding Balance' entry
links its ChemRxiv label to an Elsevier DOI (copied from another entry) and keeps it; ReBADD-SE's
malformed '[Paper]([https://doi.org/...chemrxiv-2023-qrf85](https://doi.org/...106721))' writes the
ChemRxiv DOI first, so that is its DOI.  10.48550/arXiv DOIs give both the arXiv id and the DOI;
ChemRxiv '-v2' and Research Square '/v1' endings are part of those DOIs; RSC 'articlelanding' /
'articlehtml' URLs, Nature article ids and OpenReview ids are not DOIs.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "AspirinCode__papers-for-molecular-design-using-DL__Molecular_Optimization@64abfe7.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []

    def add(first: int, last: int, title: str) -> None:
        own = "\n".join(lines[first - 1 : last])
        papers.append({"line": first, "end": last, "title": tidy(clean(title)), "arxiv": arxiv_of(own),
                       "doi": doi_of(own)})

    ref = next(i for i, x in enumerate(lines, 1) if x.startswith("**Refs**")) + 1
    add(ref, ref, re.search(r'"(.+?)"', lines[ref - 1]).group(1))
    for i, text in enumerate(lines, 1):
        m = re.match(r"\* \*\*(.+?)\*\*\s*\[\d{4}\]\s*$", text)
        if not m:
            assert not text.startswith("* "), i
            continue
        if m.group(1).startswith("MolDrug (from Molecule to Drug) is a python package"):
            continue
        end = i
        while end < n and lines[end].strip() and not lines[end].startswith("* "):
            end += 1
        assert end >= i + 2, i  # author and link lines
        add(i, end, m.group(1))
    papers.sort(key=lambda p: p["line"])
    out = {
        "file": NAME,
        "part": PART,
        "method": "every '* **Title** [Year]' bullet with its author and link lines is an entry (title = the bold"
                  " text), and the figure's quoted-title reference under 'Refs'; the MolDrug package bullet and"
                  " the dataset names are not",
        "checked": "all 59 bullets and the Refs citation one by one (titles, spans from bullet to link line, ids),"
                   " the repeated papers under several methods, the copied and malformed DOI links, the empty"
                   " method sections and the datasets",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
