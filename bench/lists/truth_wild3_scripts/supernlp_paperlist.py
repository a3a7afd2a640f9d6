"""Wild3 truth for Super-NLP/Contents paper-review/paper-list/README.md: a Korean study group's paper list (GitBook page).

After GitBook front matter, a Korean note (a paper with a link below it was read, one without is
to be read) and two year headings ('## <mark ...>2025.</mark>', '## <mark ...>\\~ 2024.</mark>'),
each paper is a top-level bullet '* Title' or '* [Title](local-post.md)' (the link goes to the
group's own review post), optionally followed by one indented sub-bullet '  * [url](url)' with the
paper's link (arXiv PDF, ACM DL DOI URL, ResearchGate).  Decisions:

- Every top-level bullet is an entry (30): all name a paper (articles, preprints, one technical
  report 'Qwen2.5 Technical Report').  Its lines run from the bullet to its link sub-bullet when
  there is one.
- Title = the bullet text with the local-post link unwrapped, as written (the ' : ' spacing and the
  typos such as 'Enhancig', 'fasteer', 'Augemented' kept).
- arXiv id and DOI from the sub-bullet URL ('arxiv.org/pdf/ID', 'dl.acm.org/doi/10.1145/...'); the
  local post file names are not ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild3 import entry, read_lines, write_truth

NAME = "Super-NLP__Contents__paper-review__paper-list__README@09f4eb3.md"
PART = "wild3_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("* "):
            assert not text.startswith("  * ") or lines[i - 2].startswith("* "), i
            continue
        body = text[2:]
        m = re.fullmatch(r"\[(.+)\]\([^)]+\.md\)", body)
        title = m.group(1) if m else body
        assert "](" not in title, i
        end = i + 1 if i < len(lines) and lines[i].startswith("  * [http") else i
        papers.append(entry(lines, i, end, title))
    assert len(papers) == 30
    write_truth(
        NAME, PART, papers,
        "every top-level '* ' bullet is a paper entry, its lines running to its indented link sub-bullet when"
        " present; title = the bullet text (a link to the group's own post unwrapped); ids from the sub-bullet URL",
        "all 30 bullets and 23 link sub-bullets counted by grep and compared with the output one by one (both year"
        " sections, first and last of each), titles against the file with typos kept, the ResearchGate and ACM"
        " links, the Korean note and the GitBook front matter (not entries)",
    )


if __name__ == "__main__":
    main()
