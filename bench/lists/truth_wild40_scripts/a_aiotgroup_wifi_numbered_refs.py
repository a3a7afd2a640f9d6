"""Wild40 truth for aiotgroup/awesome-wireless-sensing-generalization README.md: a lab's companion list
to its survey on Wi-Fi sensing generalisability (IEEE COMST 2026), with the survey's reference list
pasted from the PDF under taxonomy headings; newest commit (93c4658, 2026-04-10).

Shape: author links and the survey's own BibTeX (3-19), a figure and a Highlight quote, a Tools table
(33-45), a Datasets table (47-115: ``| ID | Dataset | ... | Download Link |`` rows naming datasets, with
bold task rows and datasets repeated under several tasks), a "Latest Dataset Update" numbered list of two
APA-style references (121, 123), then Stages 1-4 (133-1248): each stage has a comparison table whose
first cell cites works as ``(Qin et al., 2024; ...)``, ``###``/``####`` headings, and under them the
survey's IEEE references, one paragraph each, wrapped over 2-6 lines as extracted from the PDF::

    \\[63\\] Y . Qin, S. Sigg, S. Pan, and Z. Li, "Direction-agnostic gesture
    recog- nition system using commercial wifi devices,"Computer Communications, vol. 216, pp. 34--44,
    2024. [paper](https://www.sciencedirect.com/...)

(escaped brackets around the number, PDF hyphenation "recog- nition", missing spaces "inMobiSys"), each
closed by one ``[paper](url)`` link; ten references follow their heading without a blank line.
"Key Takeaways" block quotes close each stage; the Challenges section (1249-1338) is prose citing works
as ``[Ho et al., 2020]``.

Entries:
- Every ``\\[N\\]`` reference paragraph is one entry, from its first line to the last line before a blank
  line or heading (211 references; 175 distinct numbers, 31 of them repeated under several headings,
  each repeat an entry of its own).  Title = the text inside the straight double quotes, the final comma
  inside the quotes dropped as the citation's separator, line breaks collapsed; PDF artefacts are kept as
  written ("recog- nition", "Csi- bench: ...", "hu- man"), and the lower-case casing of the extraction
  ("Xrf55: A radio frequency dataset ...") too.
- The two "Latest Dataset Update" references (121 OctoNet, 123 SynthSoM) are bibliography entries of
  dataset papers (NeurIPS Datasets and Benchmarks, Scientific Data): entries, title = the link text.
- Not entries: the Datasets table rows (their subject is a dataset: a dataset name or "Meneghello et
  al." linking a project page, repository or paper, with dataset statistics and a download link; the
  papers behind them are cited in the reference lists), the Tools table, the comparison-table author-year
  citations, the author links and own BibTeX, prose citations in the Challenges section.
- Ids: arXiv ids from ``arXiv:`` text and arxiv.org links; DOIs from dl.acm.org/doi, Wiley, Springer,
  techrxiv ``doi/full`` and SPIE URLs (the SPIE URL at 646 ends ``10.1117/12.3026315.short``: the
  ``.short`` page suffix is not part of the DOI and is dropped).  ieeexplore, MDPI, ScienceDirect pii,
  DOAJ, SSRN, CVF and project pages give none.
213 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "aiotgroup__awesome-wireless-sensing-generalization__README@93c4658.md"
PART = "wild40_development"
REF = re.compile(r"^\\\[(\d+)\\\] ")
UPDATE = re.compile(r"^\d\. .*?\[([^\]]+)\]\(https?://[^)]+\)\. ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for i, ln in enumerate(lines, 1):
        if 117 <= i < 127 and UPDATE.match(ln):
            papers.append(entry(lines, i, i, UPDATE.match(ln).group(1)))
            continue
        m = REF.match(ln)
        if not m:
            continue
        j = i
        while j < len(lines) and lines[j].strip() and not lines[j].startswith("#") and not REF.match(lines[j]):
            j += 1
        text = " ".join(lines[i - 1 : j])
        quoted = re.findall(r'"([^"]+)"', text)
        assert len(quoted) == 1 and len(re.findall(r"\[paper\]\(", text)) == 1, (i, text)
        p = entry(lines, i, j, quoted[0])
        if p["doi"] and p["doi"].endswith(".short"):
            p["doi"] = p["doi"].removesuffix(".short")
        papers.append(p)
        numbers.append(m.group(1))
    assert len(numbers) == 211 and len(set(numbers)) == 175, (len(numbers), len(set(numbers)))
    t = {p["line"]: p["title"] for p in papers}
    assert t[121].startswith("OctoNet: A Large-Scale") and t[123].startswith("SynthSoM:"), (t[121], t[123])
    assert t[149] == "Direction-agnostic gesture recog- nition system using commercial wifi devices", t[149]
    assert len(papers) == 213, len(papers)
    write_truth(NAME, PART, papers,
                "Every escaped-bracket IEEE reference paragraph '\\[N\\] Authors, \"Title,\" venue ... [paper](url)' "
                "under the Stage 1-4 headings is one entry over its wrapped lines (repeats under several headings "
                "included), title = the quoted text as extracted (PDF hyphenation kept); the two APA references of "
                "the Latest Dataset Update list are entries titled by their link text; dataset and tool table rows, "
                "author-year citations in comparison tables and prose, and the own BibTeX are not entries.",
                "Whole file read (1338 lines): all 211 reference paragraphs parsed and checked to hold exactly one "
                "quoted title and one [paper] link; first and last reference of every heading and ~25 random ones "
                "compared with the -v output (spans incl. the six-line 1206-1211 and the ten references directly "
                "under a heading), hyphenated titles (149, 1208), titles ending in '?' inside the quotes, the two "
                "APA update references 121/123, the Datasets table and comparison tables left out; ids: arXiv text "
                "and links (439, 701, 791, 997, 1116, 1219, CSI-Bench's arXiv text), ACM/Wiley/Springer/techrxiv DOIs, "
                "SPIE DOI without '.short' (646), none from ieeexplore, MDPI, ScienceDirect, DOAJ or SSRN.")


if __name__ == "__main__":
    main()
