"""Open truth (batch 2) for kuc2477/dl-papers: '- *Title* [[arxiv, yy.mm]](url) [[**PyTorch**]](code)' bullets.

The title is the italic text; the bracketed '[[venue, yy.mm]]' link and the implementation links
after it are not part of it.  The four bullets of the introduction are not italic titles.
"""
import re

from _open import Open

NAME = "kuc2477__dl-papers__README@408029f.md"


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        m = re.match(r"\s*- \*([^*]+)\*", text)
        if m:
            t.add(i, i, m.group(1).strip())
    t.write("every '- *Title* [[venue, yy.mm]](url)' bullet is an entry, title = the italic text",
            "every bullet of the file: 59 italic-title bullets, the 4 introduction bullets (not entries), the"
            " [[ICML]] and [[Nature]] links and the implementation links")


if __name__ == "__main__":
    main()
