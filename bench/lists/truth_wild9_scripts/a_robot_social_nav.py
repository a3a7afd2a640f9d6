"""Wild9 truth for Shuijing725/awesome-robot-social-navigation README: robot social/crowd navigation papers.

Shape: nested '-' bullets under '##'/'###'/'####' headings, one paper per bullet:
'- (NICK) [Title](url), Venue Year.' (the '(NICK)' prefix optional, sometimes a ', [website](url)'
after the link); category bullets ('- 2D simulators', '- Using raw sensor data as input',
'- ORCA for non-holonomic robots:') carry sub-bullets of papers; two '**Review**: [Title](url)' lines
outside bullets; a closing 'References' section of citation bullets 'S. Liu, ..., "[Title](url)," venue'.
Entries:
- every bullet that gives a venue and year after its link or title ('..., ICRA 2020.'), at any depth;
  title = the link text (the '(NICK)' prefix is not part of it); where the bullet is only a cross
  reference by nickname ('- DenseCAvoid, ICRA 2020.', '- RGL, IROS 2020.', '- Social Momentum, THRI
  2022.', '- [DRL-VO](github), T-RO 2023.') the title is null; a plain-text title cross reference
  ('- Robot Navigation in Constrained ... Learning, ICRA 2021.') is an entry with that title;
- the two '**Review**: [Title](url)' lines (line 62 and 253), title = link text;
- line 55 '[THOR and THOR-Magni](site), RA-L 2020 and arXiv 2022.' names two dataset papers by name
  only: two entries on the same line, both title null;
- the five quoted citations of 'References', title = the quoted link text.
Not entries: category bullets, simulator/tool bullets without venue (CrowdNav, CrowdSimPlus, SocNav2,
ir-sim, Pedsim-ROS, AI Habitat 3.0, iGibson, gym_ped_sim, SEAN 2.0), the two 'paper series'
bullets (JRDB line 53, TEB line 99: a series, not one work), the '#### [ROS navigation stack](pdf)'
heading, the Workshops section (events), the two GitHub paper lists in References, the contents.
Repeated papers are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "Shuijing725__awesome-robot-social-navigation__README@134609f.md"
LINES = read_lines(NAME)
NICKNAMES = {"DenseCAvoid", "DRL-VO", "RGL", "DS-RNN", "Social Momentum"}
NOT_ENTRIES = {53, 99}  # 'paper series'
VENUE = r"(?:, \[website\]\([^)]*\))?, [^,]*?\d{4}(?: and arXiv 2022)?\.?\s*$"


def main() -> None:
    papers = []
    section = ""
    skipped = []
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
        if section in ("Table of Content", "Workshops"):
            continue
        if text.startswith("**Review**: "):
            m = re.match(r"\*\*Review\*\*: \[([^\]]+)\]\(", text)
            papers.append(entry(LINES, i, i, m.group(1)))
            continue
        b = re.match(r"\s*- (.*)$", text)
        if not b:
            continue
        body = b.group(1)
        if section == "References":
            m = re.search(r'"\[([^\]]+)\]\([^)]*\),"', body)
            if m:
                papers.append(entry(LINES, i, i, m.group(1)))
            else:
                skipped.append(i)
            continue
        if i in NOT_ENTRIES:
            skipped.append(i)
            continue
        m = re.match(r"(?:\([^)]+\) )?\[(.+?)\]\([^)]*\)" + VENUE, body)
        if m:
            title = m.group(1)
            if title == "THOR and THOR-Magni":
                papers.append(entry(LINES, i, i, None))
                papers.append(entry(LINES, i, i, None))
                continue
            papers.append(entry(LINES, i, i, None if title in NICKNAMES else title))
            continue
        m = re.match(r"([^\[\]()]+?)" + VENUE, body)
        if m:
            title = m.group(1)
            papers.append(entry(LINES, i, i, None if title in NICKNAMES else title))
            continue
        skipped.append(i)
    assert skipped == [8, 9, 10, 53, 64, 65, 66, 68, 70, 71, 72, 73, 74, 75, 76, 91, 99, 154, 156, 166, 174, 181, 188,
                       197, 299, 300], skipped
    assert len(papers) == 165, len(papers)  # 178 bullets on lines 34-284, 21 skipped, THOR +1, 2 Review lines, 5 References
    write_truth(NAME, "wild9_development", papers,
                "every bullet (any depth) giving a venue and year after its link/title is an entry, title = link text"
                " (nickname prefix dropped; bare nickname cross references have null title); plus the two"
                " '**Review**:' lines, the THOR line as two null-title entries and the five quoted References"
                " citations; tool bullets without venue, category bullets, 'paper series' bullets and workshops are not",
                "read the whole file against the output; the 23 skipped bullets listed and checked one by one;"
                " bullet count by grep; the nickname-only cross references (DenseCAvoid, DRL-VO x2, RGL, DS-RNN,"
                " Social Momentum), the plain-title cross references, ST<sup>2</sup>, arXiv ids (cond-mat/9805244, v2"
                " suffix), ACM DOIs, the References quoted titles")


if __name__ == "__main__":
    main()
