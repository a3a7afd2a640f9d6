"""Wild4 truth for sjhpark/Social-Robot-Navigation-Papers-to-Review README.md (commit 30898f1):
a robotics student's reading log on socially-aware robot navigation and trajectory forecasting.

Shape: '## Section' headings (Reward Function, Model-free RL, Survey / Review, IROS 2022 Papers,
Social Robot Navigation Papers; then '# Trajectory Prediction ...' with Survey and Papers), and
under them one paragraph per paper: a bare '[Title](url)' link at the start of a line, optionally
' | [Review](github ...) - Reviewed' on the same line or on one or two following lines starting
'| [Review ...'.  Paragraphs are separated by blank lines.  From '# Resources for Learning More
About Reinforcement Learning:' (line 175) on, the links are documentation pages, a blog post,
a roadmap and GitHub paper-list repositories: not entries.

Entry: every link paragraph above line 175 (its link line plus its '| [Review' lines); 64
(grep -c of lines starting '[' above line 175 agrees).
The same paper listed twice is two entries (IROS2022 Feedback-efficient... at lines 4 and 46;
the resilient-reward-function paper at 10 and 20).

Title = the link text, cleaned:
  * a venue prefix 'IROS2022 - ' is dropped (the rest keeps its underscores as written,
    'Feedback-efficient_Active_Preference_Learning_for_Socially_Aware_Robot_Navigation');
  * a leading bracket tag '[DemPref] ', '[R2F - Resilient Reward Function] ', '[SoPhie] - ' is
    dropped;
  * a closing parenthesis with year or venue, glued or spaced, is dropped: '(2022)',
    '(ICRA2019)', '(IROS2020 from MiR)', '(RA-L, ICRA2020)'; '(NAMO)' inside a title stays;
  * link texts that are only a method nickname give title null: 'CADRL', 'SA-CADRL',
    'GA3C-CADRL', 'Social GAN', '[SARL] CrowdNav' (5).
Ids from the paper link only (Review links point to GitHub): arXiv abs/pdf links (one
'v1' version dropped, one old-style 'cond-mat/9805244'); DOIs from the Taylor & Francis
'/doi/full/10.1080/...' links and the Frontiers 'articles/10.3389/.../full' link; IEEE Xplore,
MDPI, papercept, HAL, CVF, NeurIPS and Tsinghua links give none.  The file's own mistake
(SA-CADRL linked to Social GAN's 1803.10892) is kept as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "sjhpark__Social-Robot-Navigation-Papers-to-Review__README@30898f1.md"
PART = "wild4_development"
END = 175  # '# Resources for Learning More About Reinforcement Learning:'
NICKNAMES = {"CADRL", "SA-CADRL", "GA3C-CADRL", "Social GAN", "[SARL] CrowdNav"}


def clean(text: str) -> str | None:
    if text in NICKNAMES:
        return None
    t = re.sub(r"^IROS2022 - ", "", text)
    t = re.sub(r"^\[[^\]]+\](?: -)? ", "", t)
    t = re.sub(r" ?\((?:\d{4}|(?:ICRA|IROS|ICLR)\d{4}[^)]*|RA-L, ICRA\d{4})\)$", "", t)
    return " ".join(t.split())


def main() -> None:
    lines = read_lines(NAME)
    assert lines[END - 1].startswith("# Resources for Learning More")
    papers = []
    i = 1
    while i < END:
        text = lines[i - 1]
        if not text.startswith("["):
            assert text == "" or text.startswith("#") or text == "---", (i, text)
            i += 1
            continue
        m = re.match(r"\[((?:\[[^\]]*\][^\]]*|[^\]])+)\]\((https?://[^)\s]+)\)", text)
        assert m, (i, text)
        last = i
        while lines[last].startswith("| [Review"):
            last += 1
        title = clean(m.group(1))
        p = entry(lines, i, last, title)
        papers.append(p)
        if "-v" in sys.argv:
            print(i, last, repr(m.group(1)), "->", repr(title), p["arxiv"], p["doi"], sep=" | ")
        i = last + 1
    for text in lines[END - 1:]:
        assert "arxiv" not in text.lower() and "doi" not in text.lower()
    assert len(papers) == 64, len(papers)
    assert sum(p["title"] is None for p in papers) == 5
    write_truth(
        NAME, PART, papers,
        "every bare '[Title](url)' link paragraph (with its '| [Review]' continuation lines) before the RL"
        " resources section is an entry; title = link text without a 'IROS2022 - ' prefix, a leading"
        " '[Tag]' and a closing '(year/venue)', null for the 5 nickname-only links; ids from the paper link",
        "64 paragraphs found (asserted, = grep count of lines starting '[' above 175), every other line above"
        " 175 a heading, rule or blank (asserted); all 64"
        " link texts and cleaned titles printed with -v and compared with the file by eye, including every"
        " tag/venue/year strip, the 5 nickname nulls, both repeated papers, arXiv ids (v1, cond-mat) and the 3"
        " DOIs (two T&F, one Frontiers); lines 175-217 checked to be docs, blog and repo links only",
    )


if __name__ == "__main__":
    main()
