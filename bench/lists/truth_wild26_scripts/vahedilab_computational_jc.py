"""Wild26 truth for VahediLab/ComputationalJournalClub Schedule.md: the schedule of the
Faryabi/Vahedi labs' computational journal club (University of Pennsylvania, genomics), 2016-2019.

Shape: plain Markdown with hardly any markup: a year in bold, then one paragraph per meeting,
newest first, separated by '----' rules (from 2016 on '-----'): 'Date: Presenter: [label:] URL',
with ':', ';', ',', '-' or '.' as separators; the URL is bare (never a Markdown link) and is
sometimes on the next line (lines 20-21, 37-38, 75-76, 93-94, 131-132, 143-144, 214-215, 239-240)
or two lines down (313-315).  Meetings without a paper (recruitment, retreats, 'No JC', happy
hours, review sessions without a link, 'miRNA prediction tools', a hackathon's GitHub repo,
TSCAN/SCRAT/BIRD slides) are not entries, nor are the 'Slides ...:', 'Protocol:' and 'Code is
here:' Dropbox/Drive links, GitHub code links (82, 85), an events page (31) and the two textbook
URLs under '#Reading recommendations:' (426, 428).
Entry: each paper a meeting links (a journal, PubMed, bioRxiv, publisher or author PDF URL).  Two
meetings link several papers, each its own entry on its own lines: May 11th 2018 (SIMLR 81-82,
SCENIC 84-85, each with its GitHub line) and the May 5th 2017 'HiChIP party' (HiC-Pro 174-175,
ICE 177-178, Fit-Hi-C 180-181, label line + URL line).
Title: most meetings give none (only a URL, a tool name such as 'CellPhoneDB', 'Cicero',
'BISCUIT', 'SIMLR', or a description such as 'Kees Murre's new Cell paper', 'scRNA-seq in CD8 T
cells', 'Proteogenomics'): null.  A title is taken where the record writes the paper's title,
whole or as a contiguous part of it, as the file writes it: in quotes (20, 164, 168), plain (51,
239-240 wrapped over two lines), or shortened: 'Modularity maximization in community detection'
(93; 'Limits of modularity maximization in community detection'), 'two independent modes of
chromatin organization' (148; '... revealed by cohesin removal'), 'Dumpter diving in RNA-seq'
(210, sic; 'Dumpster diving in RNA-sequencing ...'), 'Comprehensive benchmarking of RNA-seq
aligners' (250; 'Simulation-based comprehensive ...').  These four shortened labels are the
judgement calls of this truth; labels that describe a paper without being part of its title
(75 'The role of transcription factor AP-1 on multi-loop interaction communities', 29, 106,
194, 214) are null.
IDs: DOIs only where a URL holds one literally (bioRxiv 10.1101/519660 with 'v1' dropped, APS
10.1103/PhysRevE.84.066122, two BioMed Central 10.1186 URLs); PubMed ids, Nature article ids,
Cell/ScienceDirect PIIs are not DOIs.  No arXiv ids.
Count check: 55 entries; the script asserts that every line holding a URL is either an entry's
URL line or one of the listed non-entry URL lines.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "VahediLab__ComputationalJournalClub__Schedule@449172e.md"
PART = "wild26_development"
T = {  # first line of the entry -> title
    20: "Transcription Elongation Can Affect Genome 3D Structure",
    51: "Extensive Heterogeneity and Intrinsic Variation in Spatial Genome Organization.",
    93: "Modularity maximization in community detection",
    148: "two independent modes of chromatin organization",
    164: "Reversed graph embedding resolves complex single-cell trajectories",
    168: "Enhancer connectome in primary human cells reveals target genes of disease-associated DNA elements",
    210: "Dumpter diving in RNA-seq",
    239: "Quantitative modeling of transcription factor binding specificities using DNA shape",
    250: "Comprehensive benchmarking of RNA-seq aligners",
}
# (first line, last line) of each entry, in file order
SPANS = [
    (14, 14), (20, 21), (25, 25), (27, 27), (29, 29), (33, 33), (37, 39), (41, 41), (45, 45), (47, 47),
    (51, 51), (75, 76), (81, 82), (84, 85), (93, 94), (106, 106), (123, 123), (127, 127), (131, 132),
    (139, 139), (143, 144), (148, 148), (164, 164), (168, 168), (174, 175), (177, 178), (180, 181),
    (194, 194), (202, 202), (206, 206), (210, 210), (214, 215), (227, 227), (239, 240), (250, 250),
    (256, 256), (264, 264), (268, 268), (272, 272), (280, 280), (284, 284), (289, 289), (297, 297),
    (309, 309), (313, 315), (323, 323), (355, 355), (373, 373), (379, 379), (385, 385), (391, 391),
    (401, 401), (407, 407), (413, 413), (419, 419),
]
# lines whose URL is not a paper: event page, code, GitHub, slides, protocol, hackathon repo, books
NOT_PAPER_URLS = {31, 39, 82, 85, 113, 115, 299, 301, 333, 351, 357, 375, 381, 387, 393, 397, 403, 409,
                  415, 421, 426, 428}


def main() -> None:
    lines = read_lines(NAME)
    url_lines = {i for i, ln in enumerate(lines, 1) if "http" in ln}
    paper_url_lines = set()
    for first, last in SPANS:
        own = [i for i in range(first, last + 1) if "http" in lines[i - 1] and i not in NOT_PAPER_URLS]
        assert len(own) == 1, (first, own)  # exactly one paper URL per entry
        paper_url_lines.add(own[0])
    assert url_lines == paper_url_lines | NOT_PAPER_URLS, sorted(url_lines ^ (paper_url_lines | NOT_PAPER_URLS))
    papers = []
    for first, last in SPANS:
        title = T.get(first)
        if title is not None:
            text = " ".join(lines[i - 1] for i in range(first, last + 1))
            assert title in text, first
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 55, len(papers)
    assert sum(1 for p in papers if p["title"]) == 9
    assert sum(1 for p in papers if p["arxiv"]) == 0
    dois = [p["doi"] for p in papers if p["doi"]]
    assert dois == ["10.1101/519660", "10.1103/physreve.84.066122", "10.1186/s13059-015-0831-x",
                    "10.1186/1471-2105-9-559"], dois
    assert re.search(r"TSCAN, SCRAT and BIRD", lines[109])
    write_truth(NAME, PART, papers,
                "each paper a journal-club meeting links by a bare URL is an entry (two meetings link two and three"
                " papers); title = the paper's title where the record writes it, whole or as a contiguous part"
                " (quoted, plain, or shortened), else null (tool names, descriptions, bare URLs); meetings"
                " without a paper, slides, code, protocol, event and textbook links are not entries",
                "every meeting paragraph of 2016-2019 and every URL line read by eye; the 55 entries' spans,"
                " the 9 titles (4 shortened labels checked against the papers' full titles) and the 4 DOIs"
                " checked; PubMed/Nature/PII URLs confirmed to give no DOI")


if __name__ == "__main__":
    main()
