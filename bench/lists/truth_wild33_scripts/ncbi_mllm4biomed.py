"""Wild33 truth for ncbi-nlp/MLLM4BioMed README.md: a survey companion list of biomedical multimodal LLMs.

Shape: the whole list is raw HTML. Each section is a ``<details>`` block (Image-LLMs nest six inner
``<details>``) holding a ``<table>`` whose rows are written one per line as
``<tr><td>Model</td><td>Paper name</td><td>venue links</td><td>date</td></tr>``.

Entries:
- Methods tables (lines 48-347): every ``<tr><td`` row is one paper; its title is the second cell
  (plain text, never linked), the first cell is the model nickname, ids come from the venue cell
  (arXiv / publisher links; ``<a href="#">`` placeholders carry none).
- Line 167 is a row inside an HTML comment (``<!-- <tr>... -->``, RETFound); it does not render, so it
  is not an entry.
- Datasets tables (lines 348-548): a row is a dataset; it counts as an entry only when its
  Conf / Journal cell (fifth cell) names a publication (a paper link or a venue such as
  ``<a href="#">CVPR 2024</a>``); its title is null, since the row names the dataset, not the paper.
  Rows whose fifth cell is "—" (TCGA, PMC-OA) are datasets without a paper and are not entries.
- The For-Profit table (lines 549-617, commercial models: Claude, Gemini, GPT-4 ...) holds no papers.
- The ``<h2>`` heading at lines 4-5 linking the list's own survey and the closing citation BibTeX
  are the list's own boilerplate, not records.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "ncbi-nlp__MLLM4BioMed__README@1ad9b5e.md"
PART = "wild33_development"


def cells(line: str) -> list[str]:
    return re.findall(r"<td>(.*?)</td>", line)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for i, line in enumerate(lines, 1):
        if line.startswith("## ⚙️ Methods"):
            section = "methods"
        elif line.startswith("## 🧪 Biomedical Datasets"):
            section = "datasets"
        elif line.startswith("## 💼 For-Profit"):
            section = "commercial"
        if not line.startswith("<tr><td"):
            continue
        c = cells(line)
        if section == "methods":
            assert len(c) == 4, (i, c)
            papers.append(entry(lines, i, i, c[1]))
        elif section == "datasets":
            assert len(c) == 7, (i, c)
            if c[4].strip() in ("—", ""):
                continue
            papers.append(entry(lines, i, i, None))
    assert len(papers) == 139, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each one-line HTML table row of the Methods tables is a paper titled by its Paper-name cell; each"
        " Datasets-table row whose Conf/Journal cell names a publication is an entry with a null title (it"
        " names a dataset); the commented-out row, '—' rows, commercial models and the list's own survey"
        " heading and BibTeX are not entries.",
        "Every row of the file read by eye against the output (all methods rows, all dataset rows and the"
        " commented RETFound row at line 167).",
    )


if __name__ == "__main__":
    main()
