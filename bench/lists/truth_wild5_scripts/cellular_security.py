"""Wild5 truth for onehouwong/Cellular-Security-Papers README.md: an awesome-style list of cellular (4G/5G,
O-RAN) security papers, with tools, talks, testbeds and datasets.

Shape: no bullets for the records: every record is its own paragraph '[Title](url) (Venue YY)' separated
by blank lines (the venue in parentheses is often missing; three CCS 25 records have an empty '()' URL), under
'## Area' / '### Topic' headings.  The table of contents is '- [..](#..)' bullets (not entries).
Entries: every paragraph record whose subject is a paper -- conference, workshop and journal papers, arXiv
preprints, an SSTIC proceedings article, an NSDI poster abstract (Slicure5G, listed among the papers),
surveys and SoKs; papers listed twice (e.g. 'Gotta Detect 'Em All', 3 times) are separate entries.
Title = the link text; the list's own note '(Samsung Shannon)' after the SSTIC title is dropped; the
'🍔' in 'BigMac 🍔 Performance Overhead ...' is kept as the file writes it.
Not entries: GitHub/GitLab repositories (awesome-baseband-research, ShannonBaseband, MediaTek RE, 5Ghoul,
...), the two Black Hat talk documents (BH 18 white paper named 'Huawei baseband exploit', BH 20 slides),
the whole 'Open Source Projects / Frameworks / Tools' section (15 links), the Testbeds' two web sites,
and the Open Dataset links to data pages, GitHub or Hugging Face (9), even when named like a paper;
the dataset and testbed lines linking an arXiv paper (Colosseum, SPEC5G, 5G-NIDD, ORAN-Bench-13K,
Gotta Detect) are entries.
Count check: 210 lines starting with '[' (grep -c); 31 not entries (3 repos + 2 talks + 15 tools + 2
testbed sites + 9 dataset pages) = 179 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "onehouwong__Cellular-Security-Papers__README@286ed66.md"
PART = "wild5_development"
REC = re.compile(r"\[([^\]]+)\]\(([^)\s]*)\)(.*)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped: dict[str, int] = {}
    section = ""
    records = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("["):
            continue
        records += 1
        m = REC.fullmatch(text.rstrip())
        assert m, i
        title, url = m.group(1), m.group(2)
        if section.startswith("Open Source Projects"):
            why = "tool"
        elif "github.com" in url or "gitlab" in url:
            why = "repo"
        elif "blackhat.com" in url:
            why = "talk"
        elif section in ("Testbeds", "Open Dataset") and "arxiv.org" not in url:
            why = "site"
        else:
            why = None
        if why:
            skipped[why] = skipped.get(why, 0) + 1
            continue
        title = title.removesuffix(" (Samsung Shannon)")
        papers.append(entry(lines, i, i, title))
    assert records == 210, records
    assert skipped == {"repo": 6, "talk": 2, "tool": 15, "site": 8}, skipped
    assert len(papers) == 179, len(papers)
    write_truth(NAME, PART, papers,
                "every paragraph record '[Title](url) (Venue)' whose subject is a paper is an entry (title = link"
                " text, the note '(Samsung Shannon)' dropped); repositories, Black Hat talks, the tools section,"
                " testbed sites and dataset pages are not; dataset/testbed lines linking arXiv papers are",
                "210 '[' records (grep); skipped lines listed and read by eye: 3 repos in Baseband RE, 2 Black Hat"
                " links, 15 tool links, Colosseum and Powder sites, 9 dataset pages (3 of them on GitHub); the"
                " three empty-URL CCS 25 records, the SSTIC article, the NSDI poster and the repeated 'Gotta Detect'"
                " checked; titles read against the file")


if __name__ == "__main__":
    main()
