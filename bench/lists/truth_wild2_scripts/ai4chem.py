"""Wild2 truth for sherrylixuecheng/awesome-ai4chem README: numbered '1. [Title.](url)' with an indented 'Authors, Journal **vol**, pages (year)' line.

Entries:
- Reviews and the topic sections (retrosynthesis, reaction design, force fields, property
  learning, automated experiments): every numbered item with a link, running over its indented
  author/journal line.  Title = the link text, its closing '.' dropped.  Review 12 (line 70)
  links two papers ('... Part I: Progress.' and '... Part II: Outlook.'): two entries on lines
  70-71, each with the DOI of its own link.  Empty placeholders ('3. ...', '2. ') are not entries.
- Generalized Model/Datasets: the papers describing datasets are entries, with their author line:
  The Open Reaction Database (208-209); QM9's 'Quantum chemistry structures and properties of
  134 kilo molecules' (212-213); QM7's two papers (218-219, 220-221); QMSpin's arXiv paper
  (227-228); tmQM's ChemRxiv paper (231-232, title 'tmQM Dataset' as written); GDB-17 and
  GDB-13's '[Original paper.](...)' with their citations (236-237, 239-240; title null, the link
  text is a label); item 4 'MD17 dataset' = the Science Advances paper with its citation
  (242-244, title null: the link text names the dataset, not the paper) and the revised rMD17
  with its arXiv:2007.09593 citation (245-246, title null, a figshare link); HOPV15 (251-252,
  title as written 'Harvard organic photovoltaic dataset(HOPV15)'); the Materials Project
  commentary (254-255, title null: 'The material project.' is the project's name); the
  Liverpool materials discovery server ChemRxiv paper (257-258, title as written, DOI written in
  the citation).  Not entries: figshare / Caltech data DOIs, Kaggle, .mat/.tar.gz downloads, the
  'QM series' and 'GDB series' labels, DESMILES (a download page with authors, no paper).
Not entries: the Books section (textbooks on Amazon), contents, notes.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "sherrylixuecheng__awesome-ai4chem__README@03f6bb0.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

# Generalized Model/Datasets section: (first, last, title or None, 'link' = take the link text)
DATASET_PAPERS = [
    (208, 209, "link"), (212, 213, "link"), (218, 219, "link"), (220, 221, "link"), (227, 228, "link"),
    (231, 232, "link"), (236, 237, None), (239, 240, None), (242, 244, None), (245, 246, None),
    (251, 252, "link"), (254, 255, None), (257, 258, "link"),
]


def link_text(i: int) -> str:
    return re.search(r"\[([^\]]+)\]\(", LINES[i - 1]).group(1)


def main() -> None:
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].split("[")[0].strip()
            continue
        if section in ("Table of Contents", "Books", "Generalized Model/Datasets", ""):
            continue
        m = re.match(r"\d+\. \[", text)
        if not m:
            continue
        end = i + 1 if LINES[i].startswith("    ") and LINES[i].strip() else i
        links = re.findall(r"\[([^\]]+)\]\((http[^)]*)\)", text)
        if len(links) == 2 and "Part II" in links[1][0]:
            for t, url in links:
                e = entry(LINES, i, end, t)
                e["doi"] = re.search(r"10\.\d+/[^\s)]+", url).group(0).lower()
                PAPERS.append(e)
            continue
        PAPERS.append(entry(LINES, i, end, links[0][0]))
    for first, last, how in DATASET_PAPERS:
        assert LINES[last - 1].startswith("    "), first
        PAPERS.append(entry(LINES, first, last, link_text(first) if how == "link" else None))
    write_truth(
        NAME, PART, PAPERS,
        "every numbered '[Title.](url)' item with its indented author line in Reviews and the topic sections"
        " (review 12 = two papers), plus the 13 dataset papers listed by line in the Datasets section; title = the"
        " link text without its final '.', null where the link text is a label or dataset/project name; books,"
        " dataset downloads and placeholders are not entries",
        "every line of the file read: 18 reviews (19 entries), 2 + 1 + 8 + 1 + 2 topic items (placeholders '...',"
        " '2. ', '9. ', '10. ' left out), 13 dataset-section papers decided one by one (DESMILES and all data"
        " downloads left out), the 28 book items left out; each entry's extent (link line + indented citation,"
        " MD17's 3 lines); DOIs from pubs.acs.org/doi(/full), science.org/doi(/full), Wiley, APS abstract URLs,"
        " iopscience, dx.doi.org, the ChemRxiv DOI written in text; Nature/ScienceDirect/RSC ids left out",
    )


if __name__ == "__main__":
    main()
