"""Wild44 truth for Psychic-DL/Awesome-Traffic-Agent-Trajectory-Prediction README.md: one maintainer's list of
traffic-agent trajectory prediction papers, ``* Title, Venue Year. [[paper](url)] [[code](url)]`` bullets under
year / Conference-Journal-Others headings, then surveys and a datasets section of bare dataset links; newest commit
c4c5c77 (2025-12-30).

Shape: title and badges (1-10), a contributions note (12-18), ``# 🧐 Citation`` (20) with "Please consider citing
our papers if this repository accelerates your research:" (21) and a fenced block (22-47) of three BibTeX entries
of the maintainer's own papers (DiffMATP 23-29, the IROS 2022 fidelity paper 30-37, DiffTAD 38-46), a table of
contents (50-106, ``- [..](#..)`` links), ``# 📚 Traditional Methods`` (108), ``# 📚 2018 and Before ...`` (129) and
one ``# 📚 <year> Conference and Journal Papers`` heading per year 2019-2026 (244 ... 941), each with ``## Conference
Papers``, ``## Journal Papers`` and ``## Others`` subsections, ``# 📚 Related Review Papers`` (951-991), ``# 📚
Datasets`` (993) with ``## Reviews about Datasets`` (994-998, paper bullets), ``## Vehicles Publicly Available
Datasets`` (1000-1035), ``## Pedestrians ...`` (1036-1048) and ``## Others Agents Datasets`` (1049-1058, by agent
type), acknowledgments and a star-history image (1060-1066).

A paper bullet is one line: title, ``, `` and the venue (``CVPR 2018``, ``TITS 2022``, ``RAL``, ``Transportation
Research Part C: Emerging Technologies``, ``arXiv preprint arXiv:2303.06697, 2023``, ``International Conference on
Intelligent Transportation Systems (ITSC 2018)``), a period, then ``[[paper](url)]``, optionally ``[[code](url)]``,
``[[website](url)]``, ``[[dataset](...)]``, ``[[Chinese](...)]`` etc.  Titles hold commas (``Perceive, Predict, and
Plan: ...`` 329, ``Bayesian, Maneuver-Based, Long-Term ...`` 196; 154 bullets have two or more ``, `` before the
links) and venues hold commas too (``AIAA Guidance, Navigation, and Control Conference and Exhibit 2004`` 112,
``Journal of guidance, control, and dynamics 2007`` 114, ``ACM Transactions on Multimedia Computing,
Communications, and Applications (TOMM)`` 509, ...).  Irregular bullets: 235 ends its title with a period (``...
TrajNet Benchmark. arXiv preprint arXiv:1805.07663, 2018.``) and links a second, differently titled workshop paper
of the same authors as ``[[paper](...Becker_RED_A_simple_but_effective_Baseline...)]``; 700 has no comma (``What
Truly Matters in Trajectory Prediction for Autonomous Driving? NIPS 2023.``); 737 inserts a note between title and
venue (``MTR++: ...Guided Intention Querying, 1st Place Solution for Waymo Open Motion Prediction Challenge 2023,
CVPR 2023 Workshop on Autonomous Driving.``); 777 ``..., arXiv preprint arXiv:2312.05230, NIPS Tutorial 2023.``;
798-800 have no links at all; 906 opens its paper link with one bracket (``[paper](...)]``); 287 and 476 put two
paper links in one bracket pair (one paper, two hosts).  Empty bullets ``* `` mark empty sections (928, 947, 949).
Repeated papers across sections occur (e.g. Scene Gated Social Graph 393/403, MacFormer 717/841).

The dataset lists are ``* [Name](url)`` bullets, some with ``, [website](url)`` or ``, [paper](url)`` after the name.

Decisions:
- An entry is every paper bullet before ``# 📚 Datasets`` and under ``## Reviews about Datasets`` (821): title = the
  text before the venue, i.e. before the last ``, `` of the text preceding the links (before the one before it when
  the last part is only the year, as in ``arXiv preprint arXiv:xxxx, 2023``); the bullets whose venue holds commas,
  or whose title/venue separator is not a comma, are titled by hand (``HAND``, each checked).  737's "1st Place
  Solution ..." note is not part of the title; 235 is one entry titled by its text (the second link is not named).
  Ids from the bullet line (first arXiv id / DOI: arXiv abs/pdf/ftp URLs, ACM/Springer/Wiley/Frontiers/sage DOIs,
  sci-hub URLs holding a DOI; IEEE arnumber, CVF, ScienceDirect pii, ResearchGate give none).
- Dataset bullets are entries only where a link goes to a paper (13, title null: the bullet names the dataset, not
  the paper): 1013 Argoverse 1 (CVF) and Argoverse 2 (arXiv) -> two entries on one line, each with its own link's ids; 1023 D²-City's
  ``[paper]`` (arXiv 1904.01975); 1024 Shanghai & Hangzhou (ACM DOI); 1025 Beijing (ACM DOI); 1026 VMT and 1027
  TRAFFIC (IEEE documents); 1028 CROSS (Morris PAMI 2011 PDF); 1039 ETH's ``[paper]`` (ICCV 2009 PDF); 1043 New
  York Grand Central Station's three ``[paper]`` links -> three entries; 1055 Cargo (Springer article DOI).  Dataset
  sites, Kaggle/figshare/GitHub pages, Zenodo dataset DOIs (1034-1035) and the Microsoft Research pages of the
  T-Drive data sample and the GeoLife user guide (1004, 1037: dataset documentation) are not entries.
- Not entries: the three BibTeX entries of the Citation section (the repository's "cite us" boilerplate, as the
  held-out convention treats a list's own citation block), the table of contents, headings, empty bullets, notes.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "Psychic-DL__Awesome-Traffic-Agent-Trajectory-Prediction__README@c4c5c77.md"
PART = "wild44_development"

LINKS = re.compile(r" \[\[| \[paper\]\(")
YEAR = re.compile(r"\d{4}\.?")
HAND = {
    112: "A methodology for automated trajectory prediction analysis",
    114: "New Algorithms for Aircraft Intent Inference and Trajectory Prediction",
    122: "A Machine Learning Approach to Trajectory Prediction",
    156: "Building Prior Knowledge: A Markov Based Pedestrian Prediction Model Using Urban Environmental Data",
    235: "An Evaluation of Trajectory Prediction Approaches and Notes on the TrajNet Benchmark",
    291: "Path Predictions using Object Attributes and Semantic Environment",
    509: "Where Are They Going? Predicting Human Behaviors in Crowded Scenes",
    700: "What Truly Matters in Trajectory Prediction for Autonomous Driving?",
    737: "MTR++: Multi-Agent Motion Prediction with Symmetric Scene Modeling and Guided Intention Querying",
    777: "Language Models, Agent Models, and World Models: The LAW for Machine Reasoning and Planning",
    808: "SpectrumNet: Spectrum-Based Trajectory Encode Neural Network for Pedestrian Trajectory Prediction",
    987: "Survey on Vision-Based Path Prediction",
}
#: dataset bullets with paper links: line -> the link texts of the paper links (one entry each, ids from its URL)
DATASET_PAPERS = {1013: ["Argoverse 1", "Argoverse 2"], 1023: ["paper"], 1024: ["Shanghai & Hangzhou"],
                  1025: ["Beijing"], 1026: ["VMT"], 1027: ["TRAFFIC"], 1028: ["CROSS"], 1039: ["paper"],
                  1043: ["paper", "paper", "paper"], 1055: ["Cargo"]}
LINK = re.compile(r"\[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)")


def title_of(text: str) -> str:
    """The title of a paper bullet's text (without '* '): before the venue's ', '."""
    pre = LINKS.split(text)[0].rstrip()
    parts = pre.split(", ")
    k = len(parts) - 1
    if YEAR.fullmatch(parts[-1].strip()):
        k -= 1
    assert k >= 1, text[:80]
    return ", ".join(parts[:k])


def main() -> None:
    lines = read_lines(NAME)
    assert lines[20].startswith("Please consider citing our papers") and lines[21] == "```" and lines[46] == "```"
    datasets = lines.index("# 📚 Datasets") + 1
    reviews, vehicles = datasets + 1, lines.index("## Vehicles Publicly Available Datasets") + 1
    assert (datasets, reviews, vehicles) == (993, 994, 1000) and lines[reviews - 1] == "## Reviews about Datasets"
    papers = []
    for n in range(108, vehicles):
        ln = lines[n - 1]
        if not ln.startswith("* "):
            assert not ln.strip() or ln.startswith("#"), (n, ln[:60])
            continue
        if not ln[2:].strip():
            assert n in (928, 947, 949), n
            continue
        if n in HAND:
            t = HAND[n]
            assert ln[2:].startswith(t), n
        else:
            t = title_of(ln[2:])
        papers.append(entry(lines, n, n, t))
    paper_bullets = len(papers)
    end = lines.index("# 🌹 Acknowledgments") + 1
    for n in range(vehicles + 1, end):
        ln = lines[n - 1]
        if not ln.startswith("* "):
            assert not ln.strip() or ln.startswith("#"), (n, ln[:60])
            continue
        if n in DATASET_PAPERS:
            links = [m for m in LINK.finditer(ln) if m.group("t") in DATASET_PAPERS[n]]
            assert [m.group("t") for m in links] == DATASET_PAPERS[n], n
            for m in links:
                p = entry(lines, n, n, None)
                p["arxiv"], p["doi"] = arxiv_of(m.group("u")), doi_of(m.group("u"))
                papers.append(p)
        else:
            assert "[paper]" not in ln and not arxiv_of(ln), n
    by = {}
    for p in papers:
        by.setdefault(p["line"], p)
    # spot checks of the split and of hand titles
    assert by[329]["title"] == "Perceive, Predict, and Plan: Safe Motion Planning Through Interpretable Semantic" \
        " Representations"
    assert by[960]["title"] == "Machine Learning for Autonomous Vehicle’s Trajectory Prediction: A comprehensive" \
        " survey, Challenges, and Future Research Directions"
    assert by[761]["title"] == "Diffusion World Models" and by[906]["title"].startswith("Sports-Traj: A Unified")
    assert by[798]["title"].startswith("CaDeT:") and by[798]["arxiv"] is None
    assert by[235]["arxiv"] == "1805.07663" and by[1013]["arxiv"] is None
    assert [p["arxiv"] for p in papers if p["line"] == 1013] == [None, "2301.00493"]
    assert by[1023]["arxiv"] == "1904.01975" and by[1024]["doi"] == "10.1145/2700478"
    assert by[1055]["doi"] == "10.1007/s10707-020-00421-y"
    assert all(p["title"] and "[" not in p["title"] and "](" not in p["title"] for p in papers[:paper_bullets])
    assert paper_bullets == 821, paper_bullets
    assert len(papers) == 834, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper bullet ('* Title, Venue. [[paper](url)] ...') under Traditional Methods, the year sections"
        " (Conference / Journal / Others), Related Review Papers and Reviews about Datasets is an entry (821, title ="
        " the text before the venue's ', ', twelve bullets with commas in the venue or no comma separator titled by"
        " hand), plus the dataset bullets that link a paper (13 entries on 10 lines, title null: Argoverse 1/2,"
        " D²-City, Shanghai & Hangzhou, Beijing, VMT, TRAFFIC, CROSS, ETH, New York Grand Central x3, Cargo); dataset"
        " sites, Zenodo dataset DOIs, the T-Drive/GeoLife dataset pages, empty bullets, the contents list and the"
        " Citation section's 'cite us' BibTeX of the maintainer's papers are not entries.",
        "Whole 1067-line file classified (every line from 108 to the acknowledgments is blank, a heading or a bullet);"
        " all 154 bullets with two or more ', ' before the links listed with the automatic split and read one by one"
        " (the eight with commas in the venue and 737/777 put in HAND), single-comma bullets listed where the venue"
        " part was long or had no year and read (all venues); 235 and 700 (no comma separator) by hand; -v output"
        " compared with the first and last bullet of every subsection (109/126, 131/204, 207/232, 235/242,"
        " 246/293, 296/304, 307/312, 316/369, 372/390, 393/404, 408/473, 476/510, 513/519, 523/594, 597/632,"
        " 635/651, 655/700, 703/729, 732/781, 786/829, 831/842, 845/868, 872/927, 930/935, 938/939, 943/945,"
        " 952/991, 995/998) and 25 random bullets (151 curly-quoted title, 162, 172, 173, 184, 187, 201, 207, 211,"
        " 246, 274, 346, 375, 465, 510, 545, 569, 575, 585, 667, 696, 714, 729, 748, 822) plus 287/476 (two"
        " hosts), 639, 721, 739 (challenge report), 761, 798-800 (no links), 906 (single bracket); dataset lines 1001-1058 read one by one (13 paper links); ids: arXiv from abs/pdf/ftp"
        " URLs, DOIs from ACM/Springer/Wiley/sage/sci-hub URLs.",
    )


if __name__ == "__main__":
    main()
