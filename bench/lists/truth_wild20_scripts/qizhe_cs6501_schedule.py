"""Wild20 truth for qizhe/cs6501-fall25 schedule.md: the schedule of a graduate seminar on datacenter
and host infrastructure (UVA CS 6501, fall 2025).

Shape: Jekyll front matter, then one '### Section' heading per block (Overview, Network core, Host
HW, OS layer, ML Sys, Project presentations), each with its own pipe table 'Date | Topic |
Readings'.  A class row's Readings cell holds one to three links separated by ';'; the optional
readings of the same class sit on a continuation row with empty Date/Topic cells, written
'*Optional:* [..](..); [..](..)'.  Almost every link text is a short system name or a label the
instructor made up ('Fat-Tree', 'DCQCN', 'Jupiter Rising', 'Distributed AI at Meta',
'Understanding PCIe Perf', 'Model CXL'), not the paper's title.

Entry: every link of a Readings cell except the two lecture 'Slides' pdfs (lines 12-13).  Several
entries share one line (one table row), so each entry's arXiv id / DOI comes from its own link
only, not from the whole row.

Title: null when the link text is a nickname, a system name, an abbreviated or descriptive label
rather than the paper's title -- that is every entry but one.  The exception is 'Understanding the
Host Network' (line 50), which is the full title of that SIGCOMM 2024 paper, so it is kept.
Decided case by case from the papers linked: e.g. 'Jupiter Rising' / 'Jupiter Evolving' /
'Lightwave Fabrics' are only the leading nickname of longer titles, 'Understanding PCIe Perf' and
'Understanding Overheads' shorten 'Understanding PCIe performance for end host networking' and
'Understanding Host Network Stack Overheads', 'Routable PCIe', 'Manageable Host', 'Facebook's
Data Center Fabric', 'Distributed AI at Meta', 'AMD Exascale', 'Low-latency compatible PCIe',
'Server-scale SP connectivity', 'OS abstraction', 'Scalable IOMMU', 'Federated Cache', 'Model
CXL', 'NCCL', 'DeepSeek-v3' are labels, not titles.

Counts: 88 links in the file (grep), minus 2 slide links = 86 entries: Network core 30, Host HW
23, OS layer 27, ML Sys 6; 19 'Optional' continuation rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "qizhe__cs6501-fall25__schedule@b4d7cea.md"
PART = "wild20_development"
LINES = read_lines(NAME)

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
REAL_TITLES = {"Understanding the Host Network"}
SECTIONS = {"Network core": 30, "Host HW": 23, "OS layer": 27, "ML Sys": 6}


def main() -> None:
    papers = []
    section, per_section = None, {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("|"):
            continue
        for m in LINK.finditer(text):
            label = m.group(1)
            if label == "Slides":
                assert i in (12, 13)
                continue
            e = entry(LINES, i, i, label if label in REAL_TITLES else None)
            e["arxiv"], e["doi"] = arxiv_of(m.group(0)), doi_of(m.group(0))  # this link's own ids
            papers.append(e)
            per_section[section] = per_section.get(section, 0) + 1
    assert per_section == SECTIONS, per_section
    assert len(papers) == 86
    assert sum(1 for ln in LINES if "*Optional:*" in ln) == 19
    assert sum(1 for p in papers if p["title"]) == 1
    write_truth(
        NAME, PART, papers,
        "every link of the Readings column of the per-section schedule tables (class rows and '*Optional:*'"
        " continuation rows, several per row, ids from each link alone) is an entry except the two lecture"
        " 'Slides'; the link texts are system nicknames or made-up labels, so the title is null for all but"
        " 'Understanding the Host Network', the one link text that is the paper's full title",
        "all 88 links listed with their lines (grep), the 2 slide links excluded, per-section counts 30/23/27/6;"
        " each link text compared with the linked paper to decide nickname vs title (only line 50's first link"
        " is a full title); arXiv ids (Model CXL, Federated Cache, BlueField, vLLM, NCCL, DeepSeek-v3) and the"
        " ACM DOIs (incl. 10.5555 ones and '/doi/abs/' and '/doi/pdf/' forms) checked per link on shared lines",
    )


if __name__ == "__main__":
    main()
