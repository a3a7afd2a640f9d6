"""Open truth (batch 3) for lilianweng/lil-log _posts/2021-05-31-contrastive-representation-learning.md: a blog
post (Jekyll) on contrastive representation learning.

The body is prose, equations and figures; the papers it discusses are cited inline ('([Chen et al,
2020](https://arxiv.org/abs/...))', and in a short bullet list of augmentation strategies that
describes methods with inline citations) -- mentions in running text, not entries.  The post's own
'Cited as:' BibTeX block is the list's own boilerplate, not an entry.  The entries are the 34
numbered references under '## References': '[n] Authors. ["Title."](url) Venue year. [[code](...)]'.
The title is the quoted link text without its quotes and closing period; a nickname the file puts
inside the quotes ('... Cluster Assignments (SwAV).') is kept as written.
"""
import re

from _open import Open

NAME = "lilianweng__lil-log___posts__2021-05-31-contrastive-representation-learning@0fa5d15.md"


def main() -> None:
    t = Open(NAME)
    start = t.lines.index("## References") + 1
    for i in range(start + 1, len(t.lines) + 1):
        text = t.line(i)
        if not text.strip():
            continue
        m = re.match(r'\[\d+\] .*?\["(.+?)"\]\(', text)
        assert m, i
        t.add(i, i, m.group(1))
    t.write("every numbered reference '[n] Authors. [\"Title.\"](url) Venue' under '## References' is an entry"
            " (inline citations in the prose and the post's own BibTeX are not); title = the quoted link text"
            " without quotes and closing period",
            "all 34 references one by one ([1]-[34], titles, arXiv ids from the links), and the whole body read"
            " for lists of papers: only inline citations, figure credits and a method bullet list with inline"
            " citations, none taken")


if __name__ == "__main__":
    main()
