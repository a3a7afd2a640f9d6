"""Open truth (batch 3) for thuml/Time-Series-Library README: a code library's README.

The papers are the model checklists: 'Compared models of this leaderboard' (lines 46-61),
'Newly added baselines' (66-82) and 'Newly added Large Time Series Models' (86-93), one bullet
per model, '- [x] **Nickname** - Paper Title [[Venue Year]](paper url) [[Code]](url)' (once
'[arXiv 2024](url)' in single brackets, two without a code link).  Title = the text between
'**Nickname** - ' and the venue link; the nickname is the model's, not part of the title.

Not entries: the news items (they mention the lab's papers inline: Accuracy Law, TimeXer, the
survey, Mamba, TimeMixer, iTransformer, TimesNet), the leaderboard table (model names linked to
papers or code, ranked per task: the same models as the checklist, as cells of a ranking), the
'See our latest paper [[TimesNet]]' sentence, the datasets and installation sections, and the
'Citation' BibTeX (the repository's own 'please cite our paper' boilerplate).
"""
import re

from _open import Open

NAME = "thuml__Time-Series-Library__README@4e938a1.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if not re.match(r"\s*- \[x\] \*\*", text):
            continue
        m = re.match(r"\s*- \[x\] \*\*[^*]+\*\* - (.+?) \[\[?[^\]]*\]\]?\(", text)
        assert m, i
        t.add(i, i, m.group(1))
    t.write("every '- [x] **Nickname** - Title [[Venue]](url)' bullet of the three model checklists is an entry,"
            " title = the text between the nickname and the venue link; news items, the leaderboard table, the"
            " datasets and the repository's own citation BibTeX are not entries",
            "the whole file (353 lines; code blocks skimmed): the 41 checklist bullets one by one (titles, the"
            " single-bracket Toto link, ids), the news items and leaderboard table left out")


if __name__ == "__main__":
    main()
