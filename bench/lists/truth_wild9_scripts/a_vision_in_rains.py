"""Wild9 truth for ShenZheng2000/Awesome-Vision-in-Rains README: deraining / vision-in-rain papers by venue.

Shape: '# Surveys' with one-line bullets '* Title (Venue Year) [[paper](url)]'; '# Models (Deraining)'
with '## VENUE YEAR' or '## Year==YYYY' headings, each paper a plain-text top-level bullet
'* Title' or '* Title (CVPR 2019)' (no link) followed by a sub-bullet
'  * NICK or Authors et al. [[paper](url)] [[PyTorch](url)] **(NO CODE)** [cite=N]'; two ICLR 2023
bullets have no sub-bullet and carry '[[OpenReview](url)]' on the title line.
Entries: the 4 survey bullets and every top-level '* ' bullet of the Models part (with its
sub-bullet); title = the bullet text before ' (Venue Year)' / ' [[' (the nickname or 'X et al.' on
the sub-bullet is not the title).  Two sub-bullets have nested broken links
'[[paper]([https://...](https://...))]'; ids come from whatever the entry's lines write (WDNet's
line writes arXiv 2007.07173).
Not entries: the 'Key takeaways' bullets, the template line '[[paper]()] [[code]()] [cite=]', the
Datasets section (dataset names whose source paper is given only as a nickname link, e.g.
'Rain100L [[JORDER](pdf)]'; those papers are listed as entries above), Metrics, Resources.
Count checks: 4 survey bullets; 83 top-level '* ' bullets on lines 27-322, 81 sub-bullets there
(83 minus the two ICLR ones), so 87 entries; 42 Models titles carry a '(Venue Year)' suffix (uniq -c of the suffixes).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "ShenZheng2000__Awesome-Vision-in-Rains__README@15fa2ee.md"
LINES = read_lines(NAME)


def title_of(text: str) -> str:
    t = re.sub(r"^\* ", "", text)
    t = re.sub(r"\s*\[\[.*$", "", t)  # links on the title line
    t = re.sub(r"\s*\((?:[A-Za-z]+ ?\d{4}|SCI China 2021)\)\s*$", "", t.rstrip())  # '(CVPR 2019)', '(TPAMI2019)'
    return t.strip()


def main() -> None:
    papers = []
    part = ""
    with_venue = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("# "):
            part = text[2:].strip()
        if part not in ("Surveys", "Models (Deraining)") or not text.startswith("* "):
            continue
        if text.startswith("* Key takeways"):
            continue
        end = i
        while end < len(LINES) and LINES[end].startswith("  ") and LINES[end].lstrip().startswith("* "):
            end += 1
        if part == "Models (Deraining)" and re.search(r"\([A-Za-z]+ ?\d{4}\)\s*$", text):
            with_venue += 1
        papers.append(entry(LINES, i, end, title_of(text)))
    assert len(papers) == 87, len(papers)
    assert sum(1 for p in papers if p["end"] == p["line"] + 1) == 81
    assert with_venue == 42, with_venue
    write_truth(NAME, "wild9_development", papers,
                "every survey bullet and every top-level '* Title (Venue Year)' bullet of the Models part (with its"
                " '  * NICK [[paper]]...' sub-bullet) is an entry; title = the bullet text without the '(Venue Year)'"
                " suffix and links; dataset, metric and resource bullets are not entries",
                "counted top-level bullets (83) and sub-bullets (81) of the Models part with grep/awk, 4 surveys;"
                " checked every title against the file (venue suffix forms 'CVPR 2019', 'TPAMI2019', 'SCI China 2021',"
                " '?' kept), the two ICLR bullets without sub-bullet, the two broken nested links, arXiv ids with"
                " version suffixes, Springer DOIs of the surveys; the Datasets section left out")


if __name__ == "__main__":
    main()
