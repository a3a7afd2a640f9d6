"""Wild43 truth for curieuxjy/Awesome_Quadrupedal_Robots README.md: an awesome list on quadrupedal (and, in an
appendix, bipedal/humanoid) robots -- papers, GitHub repositories, YouTube channels, labs and companies.

Shape (1188 lines, 149 KB): title with an Awesome badge, notes, cover image; "## Good to start" (9-13), four
bullets: two YouTube videos, Tedrake's "Underactuated Robotics" course notes and one review article (11);
"## Quadrupedal Robot" with a ``<details>`` card of robot platform links (19-50); "## Papers" (54-555): ten
``<details><summary><b>YEAR</b></summary>`` cards (2026 ... "~ 2017"), most opening with a year image, each a
flat alphabetical list of ``- [Title](url)`` bullets (417) -- arXiv abs/pdf (``www.arxiv.org`` twice), doi.org
(incl. 10.48550/arXiv DOIs), IEEE Xplore, OpenReview, Nature, Science, ETH research-collection handles,
Springer, MDPI, ACM DL, Wiley, SSRN, ResearchGate, RSS proceedings, lab pdfs and two project pages.  Special
bullets: 236 whose OpenReview URL carries a ``referrer=%5B...%5D(%2Fprofile...)`` query with parentheses; 308
whose title ends in IEEE RAM's column tag ``[Competitions]`` inside the link text.  "## Github" (556-842):
nested ``<details>`` cards of GitHub-badge bullets (``[![](shields badge)](github) <img stars>``), nested
sub-bullets; one repo bullet also names a paper (725, rsl_rl + ``[Symmetry Considerations ...](arXiv)``).
"## Youtube" (845-889) and "## Lab" (892-919): channel and lab links.  "## Related Materials" (922-1188): a
bipedal card with a "Papers" ``<details>`` list (931-967, 29 ``- [Title](url)`` bullets: arXiv, IEEE Xplore,
frontiersin, OpenReview, bioRxiv, a project pdf), GitHub-badge cards in which four bullets are a project
badge/link plus an ``[Arxiv](...)`` link (1012 "HITTER", 1038 "Mimicking-Bench", 1039 "PHP", 1051 "SONIC"),
labs and companies.

Decisions:
- Entries (452): the review bullet 11; every bullet of the ten year cards (417; a paper repeated in two years,
  e.g. "Load-bearing Assessment ..." 2026/2025, is two entries); the 29 bullets of the bipedal Papers card; the
  paper named on the repository bullet 725 (title = its link text); the four project bullets that link their
  paper on arXiv (1012, 1038, 1039, 1051; title null: each names the work only by its nickname).  Project pages
  of papers (e.g. "LSC: Language-guided Skill Coordination") in the year cards count like the others.
- Not entries: videos, the course notes, platforms, GitHub repository bullets (also those with a project badge
  but no paper link, and 987/1047's appended "OmniRetarget" and 1049's "BeyondMimic" project pages), channels, labs,
  companies, the Humanoid Guide link, headings, summaries, images.
- Span: the bullet's single line.
- Title: the link text as written (``[Competitions]`` of 308 kept, it is inside the link text).
- Ids: from the bullet's line (725: its paper's arXiv link is the line's only id).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "curieuxjy__Awesome_Quadrupedal_Robots__README@9b49a3f.md"
PART = "wild43_development"

BULLET = re.compile(r"^- \[(.+?)\]\((https?://\S+)\)$")
PAPER_ON_REPO = {725: "Symmetry Considerations for Learning Task Symmetric Robot Policies"}
NICKNAME_WITH_ARXIV = {1012: "HITTER", 1038: "Mimicking--Bench", 1039: "PHP", 1051: "SONIC"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    years = 0
    for n, ln in enumerate(lines, 1):
        if n == 11 or 54 <= n <= 555 or 931 <= n <= 967:
            if re.match(r"<summary><b>(?:\d{4}|~ 2017)</b></summary>$", ln):
                years += 1
            m = BULLET.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group(1)))
            else:
                assert not ln.startswith(("- ", "  -")), (n, ln)
        elif n in PAPER_ON_REPO:
            t = PAPER_ON_REPO[n]
            assert f"[{t}](https://arxiv.org/" in ln, (n, ln)
            papers.append(entry(lines, n, n, t))
        elif n in NICKNAME_WITH_ARXIV:
            assert NICKNAME_WITH_ARXIV[n] in ln and "[Arxiv](https://arxiv.org/abs/" in ln, (n, ln)
            papers.append(entry(lines, n, n, None))
        else:
            # every other arXiv/DOI/IEEE/OpenReview link sits on an entry line
            assert not re.search(r"arxiv\.org|doi\.org|ieeexplore|openreview", ln), (n, ln)
    assert years == 10, years
    assert len(papers) == 452, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [Title](url)' bullet of the ten year <details> cards of '## Papers' (417), of the bipedal"
        " 'Papers' card (29) and the review bullet 11 is a paper, title = link text; the paper named on the"
        " rsl_rl repository bullet 725 is an entry with its link text; the four project bullets with an"
        " '[Arxiv]' link (1012, 1038, 1039, 1051) are entries with a null title; videos, course notes,"
        " platforms, GitHub repositories, channels, labs and companies are not; ids from the bullet's line.",
        "Script asserts the ten year summaries, that every other bullet of the paper ranges is a '- [Title](url)'"
        " bullet, and that no arXiv/DOI/IEEE/OpenReview link lies on a line outside the entries; Github, Youtube,"
        " Lab and Related sections read in full (repository badges, the project bullets 1038/1039/1051/1012, the"
        " appended project pages 987/1047/1049, 725's paper); -v compared with the file for the first and last"
        " bullet of every year card and of the bipedal card, 15 random bullets, the special bullets 236 (URL with"
        " parentheses), 308 ('[Competitions]' kept), 189 (trailing ' *' kept as written); ids checked by host for"
        " every entry not on arxiv.org/IEEE/OpenReview: Science, Wiley, Springer chapter/article, ACM, T&F,"
        " frontiersin (/full dropped), bioRxiv (v1 dropped), 10.48550 DOIs (arXiv id and DOI), no id for Nature,"
        " MDPI, SSRN, ETH handles and lab pdfs.",
    )


if __name__ == "__main__":
    main()
