"""Open truth (batch 3) for thu-ml/tianshou README: a reinforcement-learning library's README.

The only list of papers is 'Supported algorithms include:' (lines 38-69), one bullet per
algorithm, '- [Algorithm Name (ABBR)](paper url)', the link going to the algorithm's paper
(arXiv PDFs, the Nature DQN PDF, NeurIPS proceedings, a lab PDF).  Each bullet whose link is a
paper is an entry, named by its algorithm, not by the paper's title: title null (as for
nickname rows elsewhere), even where the algorithm's name happens to be its paper's title.
Conservative Q-Learning's paper is linked twice (CQL, CQL-Discrete): two entries.

Not entries: the A2C bullet (links an OpenAI blog post) and the 'Vanilla Imitation Learning'
bullet (links Wikipedia); the platform comparison table (libraries; Sample Factory's
documentation cell links its arXiv paper from a ':heavy_minus_sign:' icon, a table cell about a
library, not a record of a paper); the features, installation and quick-start prose and code;
the 'Citing Tianshou' BibTeX (the project's own boilerplate citation).
"""
import re

from _open import Open

NAME = "thu-ml__tianshou__README@f240205.md"

NOT_PAPERS = {49: "A2C: OpenAI blog post", 57: "Vanilla Imitation Learning: Wikipedia"}


def main() -> None:
    t = Open(NAME)
    first = t.lines.index("Supported algorithms include:") + 1
    last = t.lines.index("Other noteworthy features:")
    for i in range(first + 1, last + 1):
        text = t.line(i)
        if not text.strip():
            continue
        assert re.match(r"- \[[^\]]+\]\(https?://[^)]+\)$", text), i
        if i not in NOT_PAPERS:
            t.add(i, i, None)
    t.write("every bullet of 'Supported algorithms include:' linking the algorithm's paper is an entry, title null"
            " (the bullet names an algorithm, 'Name (ABBR)', not the paper's title); the A2C blog and Wikipedia"
            " bullets, the platform table, features and the project's own citation BibTeX are not entries",
            "the whole file (496 lines; the code blocks skimmed): the 32 algorithm bullets one by one (30 entries,"
            " CQL's paper twice, 2 non-paper links left out), the comparison table, the citation BibTeX")


if __name__ == "__main__":
    main()
