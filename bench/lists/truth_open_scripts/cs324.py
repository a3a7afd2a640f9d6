"""Open truth (batch 3) for stanford-cs324/winter2022 lectures/modeling.md: lecture notes on
tokenization and Transformer architectures (Jekyll page, MathJax).

The notes cite papers inline in their prose and bullets ('([Kudo 2018](arxiv))', '[ELMo](arxiv)',
'[sparse Transformer](arxiv)', 'Jurassic', ...): papers mentioned in running text, not entries.
The list is '## Further reading' (lines 489-543): '- [Title](url). *Authors*. Venue Year.' bullets,
most with an indented note line under them ('Introduces **BERT** from Google.'), which belongs to
the bullet (the entry runs over it).  The GPT-2 paper is listed twice (Modeling, Decoder-only):
two entries, the first with no authors.  Not entries: 'Illustrated Transformer' (a blog post)
and the two 'CS224N slides' bullets.  Title = the link text.
"""
import re

from _open import Open

NAME = "stanford-cs324__winter2022__lectures__modeling@274fb9c.md"

NOT_PAPERS = {505: "Illustrated Transformer blog post", 506: "CS224N slides", 507: "CS224N slides"}


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    first = t.lines.index("## Further reading") + 1
    for i in range(first, n + 1):
        text = t.line(i)
        if not text.startswith("- ") or i in NOT_PAPERS:
            continue
        m = re.match(r"- \[([^\]]+)\]\(", text)
        assert m, i
        end = i
        while end < n and t.line(end + 1).startswith("  ") and t.line(end + 1).strip():
            end += 1
        t.add(i, end, m.group(1))
    t.write("every '- [Title](url). *Authors*. Venue.' bullet of 'Further reading' is an entry (with its indented"
            " note line), title = the link text; the blog post and the two slide decks there, and the papers cited"
            " inline in the lecture's prose and bullets, are not entries",
            "the whole file (543 lines; the math skimmed): the 23 'Further reading' bullets one by one (20 entries,"
            " GPT-2 twice, 3 non-papers left out), every link of the lecture body (inline citations, not entries)")


if __name__ == "__main__":
    main()
