"""Wild6 truth for AllenKenway/List-of-papers-read README.md: a student's list of papers read on Linux
scheduling, containers and real-time virtualization (the PDFs and slides sit beside the README).

Shape: '## topic' sections of '+' bullets 'Title. VENUE(YEAR) [[pdf]](url) [[slides]](url) [[video]](url)
[[github]](url)': title first, then a venue glued to the year in parentheses ('SOSP(2019)', 'ACM Comput.
Surv(2019).', 'IEEE Trans. Serv. Comput. (2017).', 'Preliminary version in MASCOTS(2013).', a bare '(2016)'),
then bracketed link labels.  Two titles are Chinese journal papers ('Linux 调度器免锁优化方法研究.
小型微型计算机系统(2017)').  One bullet = one entry (one line); title = the text before '. VENUE(YEAR)',
found with a hand-made list of this file's venues (titles contain '.' themselves: 'FreeBSD ULE vs. Linux
CFS'; venues contain '. ': 'J. Inf. Sci. Eng.').  Full-width colons are written as ASCII ':' with no space
after them in a few titles ('Ipanema:Application', 'SmartHarvest:harvesting', 'nest:keeping', 'Risa:A'):
kept as written.

Not entries (talks, not papers): 'Using real-time linux.' (a bare title; the repository's file for it is
'Using_Real-Time_Linux.KlaasVanGend.ELC2008.pdf', Embedded Linux Conference slides), 'Benchmarking Real Time
Operating Systems. [[slides]]', 'Using KVM as a Real-Time Hypervisor. KVM Forum(2011). [[slides]]' and
'Real-time KVM from the ground up. KVM Forum(2015). [[slides]]' (conference talks, only slides linked).
Kept: the NCC Group whitepaper (2016, a technical report), a master's thesis ('A Comparison of Two Linux
Schedulers. (2012)', duo.uio.no), an OSADL article, an AIAA paper hosted on ntrs.nasa.gov.

Count check: 42 '+ ' bullets (grep; per section 1+12+4+1+1+5+3+6+9) - 4 talks = 38.  DOIs come from dl.acm.org/doi(/abs|/pdf|/fullHtml)
links; ScienceDirect pii and IEEE arnumber links give none; no arXiv links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "AllenKenway__List-of-papers-read__README@fd32a2f.md"
PART = "wild6_development"
LINES = read_lines(NAME)

VENUES = ["SOSP", "VEE", "OSDI", "HotCloud", "EuroSys", "ATC", "APSys", "ACM", "小型微型计算机系统",
          "计算机工程与应用", "SYSTOR", "MICRO", "ASPLOS", "NCC Group", "Fog-IoT", "EWiLi", "IEEE",
          "ACM Comput. Surv", "OSADL", "AIAA", "Journal of Software Engineering and Applications",
          "Journal of Systems Architecture", "11th Real-Time Linux Workshop", "NPC",
          "Preliminary version in MASCOTS", "IEEE Trans. Serv. Comput. ", "J. Inf. Sci. Eng.", ""]
ITEM = re.compile(r"\+ (.+?)\.\s+(?:" + "|".join(re.escape(v) for v in VENUES) + r")\(\d{4}\)")

#: Bullets that are talks (slides), not papers: line -> start of the bullet.
TALKS = {
    45: "+ Using real-time linux.",
    47: "+ Benchmarking Real Time Operating Systems.",
    54: "+ Using KVM as a Real-Time Hypervisor.",
    55: "+ Real-time KVM from the ground up.",
}


def main() -> None:
    papers, bullets = [], 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("+ "):
            continue
        bullets += 1
        if i in TALKS:
            assert text.startswith(TALKS[i]), (i, text)
            continue
        m = ITEM.match(text)
        assert m, (i, text)
        papers.append(entry(LINES, i, i, m.group(1)))
    assert bullets == 42, bullets
    assert len(papers) == 38
    write_truth(NAME, PART, papers,
                "every '+ Title. VENUE(YEAR) [[pdf]](url) ...' bullet is an entry, title = the text before '. VENUE(YEAR)'"
                " (this file's venues listed by hand); four bullets that are talks with only slides are not entries",
                "all 42 bullets one by one: titles (incl. 'vs.' inside a title, venues with '. ', the Chinese titles, the"
                " 'X:Y' titles), the four talks, the whitepaper/thesis/article kept, DOIs from the ACM links")


if __name__ == "__main__":
    main()
