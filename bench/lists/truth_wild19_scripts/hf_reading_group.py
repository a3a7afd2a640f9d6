"""Wild19 truth for isamu-isozaki/huggingface-reading-group README.md: a reading group's session log.

Shape: one '## N: Session topic(Presented on date)' heading per session (28 sessions, 0-27), then
a 'Presenter:' line, then one 'Paper:' or 'Papers:' line holding the session's paper(s) as
Markdown links joined by '+' (with or without spaces around it), then links to the recording,
write-ups, slides and Discord thread.  An entry is one link of a 'Paper:'/'Papers:' line: the
line is the record of the papers read, so a 'Papers:' line naming k papers gives k entries on
the same line (line = end = that line), each with the ids of its own link only.  Title = the link text; the one link text that adds
'(NeurIPs, 2021)' after the title (session 1) loses it.  The session headings are topics or
nicknames ('Understanding Zephyr', 'SOTA on Model Merging'), not records of a paper, and are not
entries; the recording, write-up ('Write ups:' line of session 22 links two blog posts), slides
and Discord links are not entries.  Kept as scholarly works: the Gemini 1.5 technical report,
the Mobile ALOHA paper PDF, 'HYPO's legacy' (a journal's introduction to a special issue) and
'The Smart Court' (a journal article), all linked as papers.

Count check: 28 'Paper(s):' lines (grep), 77 links on them (grep -o '](' ); links per line
1,1,1,2,1,1,3,1,1,1,1,7,1,1,1,4,4,1,3,1,3,8,2,2,17,1,1,6 counted with awk.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "isamu-isozaki__huggingface-reading-group__README@b30241a.md"
PART = "wild19_development"
LINES = read_lines(NAME)
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
PER_LINE = [1, 1, 1, 2, 1, 1, 3, 1, 1, 1, 1, 7, 1, 1, 1, 4, 4, 1, 3, 1, 3, 8, 2, 2, 17, 1, 1, 6]


def main() -> None:
    papers = []
    counts = []
    for i, text in enumerate(LINES, 1):
        if not re.match(r"^(Paper|Papers|\[Paper\]):", text):
            continue
        links = LINK.findall(text)
        counts.append(len(links))
        for label, url in links:
            title = re.sub(r"\s*\(NeurIPs, 2021\)$", "", label)
            e = entry(LINES, i, i, title)
            # several papers share the line: each one's ids come from its own link only
            own = f"[{label}]({url})"
            e["arxiv"], e["doi"] = arxiv_of(own), doi_of(own)
            papers.append(e)
    assert counts == PER_LINE, counts
    assert len(papers) == 77, len(papers)
    write_truth(NAME, PART, papers,
                "every Markdown link of a session's 'Paper:'/'Papers:' line is an entry (k links joined by '+' give"
                " k entries on that line), title = the link text ('(NeurIPs, 2021)' dropped from one); session"
                " headings, presenters, recordings, write-ups, slides and Discord links are not entries",
                "all 28 'Paper(s):' lines and their 77 links one by one against the file (links per line counted"
                " with awk), the session-1 venue suffix, the 'Write ups:' blog links left out, the non-arXiv"
                " links (IJCAI, KR, Springer, ACM, Nature DOIs, bioRxiv, OUP, Gemini report, Mobile ALOHA PDF)")


if __name__ == "__main__":
    main()
