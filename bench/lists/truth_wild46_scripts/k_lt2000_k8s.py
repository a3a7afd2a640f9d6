"""Wild46 truth for lt2000/K8s paper-list.md: a student group's survey notes on container networking (容器网络调研).

Shape: a Chinese title heading, then one '## VENUE' heading per conference (ATC, NSDI, INFOCOM,
EuroSys, ASPLOS, FAST, ICPP, OSDI, SOSP) and a closing '## 补录' (addenda) section introduced by the
plain line 'RPC和网络IO优化'.  Every record is a '* ' bullet naming one paper, sometimes in bold,
followed by the year ('  2020', '**2021**', 'March 2021'); the paper's link sits on an indented line
after the bullet (with or without a blank line between).  In the addenda the venue comes in
full-width brackets after the title ('（OSDI'18）') and a one-line Chinese note follows instead of a
link.

Every bullet is an entry (23: 17 under the venue headings, 6 in the addenda): all name a conference or journal paper.  Lines: the bullet line to
the item's last non-blank indented line (the link or the Chinese note).  Two titles wrap onto the
next indented line (FaaSNet, FlowCon); those continuation lines are part of the title.  The
EuroSys'21 paper 'Parallelizing Packet Processing in Container Overlay Networks' is listed twice
(EuroSys section and addenda): two entries.  The Slacker (FAST) bullet links an unrelated ATC'21
PDF; kept as written (no id either way).

Title: the bullet text with bold markers removed and without the year at the end, the
'(Artifacts)' label, a note in full-width brackets ('（Network Bandwidth）', '（key：DCN topology）',
'（Harvest network resource？）') or the bracketed venue of the addenda.  'R2P2：Making RPCs ...'
keeps its full-width colon as written.  Ids: the ACM DL links give DOIs; there is no arXiv link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "lt2000__K8s__paper-list@49e805d.md"
PART = "wild46_development"
LINES = read_lines(NAME)
CJK = re.compile(r"[\u4e00-\u9fff]")


def title_of(text: str) -> str:
    t = text.replace("**", "")
    t = re.sub(r"\s*（[^）]*）\s*$", "", t.strip())  # full-width bracket note or venue
    t = re.sub(r"\s*\(Artifacts\)", "", t)
    t = re.sub(r"\s+(?:March\s+)?(?:19|20)\d\d$", "", t.strip())  # the year
    t = re.sub(r"\s*（[^）]*）\s*$", "", t.strip())
    return re.sub(r"\s+", " ", t).strip()


def main() -> None:
    papers = []
    n = len(LINES)
    i = 0
    while i < n:
        line = LINES[i]
        if not line.startswith("* "):
            i += 1
            continue
        first = i + 1
        title_parts = [line[2:]]
        last = first
        j = i + 1
        in_title = True
        while j < n and not LINES[j].startswith(("* ", "#")):
            cur = LINES[j]
            if cur.strip() and not cur.startswith((" ", "\t")):
                break  # a plain line such as 'RPC和网络IO优化'
            if cur.strip():
                last = j + 1
                if in_title and not cur.strip().startswith("http") and not CJK.search(cur):
                    title_parts.append(cur.strip())
                else:
                    in_title = False
            else:
                in_title = False
            j += 1
        papers.append(entry(LINES, first, last, title_of(" ".join(title_parts))))
        i = j
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet under the venue headings and the addenda is one paper; lines run from the "
        "bullet to its last indented line (link or Chinese note); title is the bullet text (wrapped "
        "continuation joined) without bold, year, '(Artifacts)', or a full-width bracketed note/venue.",
        "Read the whole file (89 lines) against the -v output: all 23 bullets, both wrapped titles "
        "(FaaSNet 17-20, FlowCon 61-63), the bold-with-separate-bold-year MigrOS line, 'March 2021' "
        "and '(Artifacts)' on Nightcore, the tab + '（key：DCN topology）' note, the six addenda items "
        "with their Chinese notes and bracketed venues, the duplicate EuroSys'21 paper, and the three "
        "ACM DOIs.",
    )


if __name__ == "__main__":
    main()
