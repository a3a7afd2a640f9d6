"""Open truth for yenchenlin/awesome-NeRF: '- [Title](project page), Authors, Venue | [github] | [bibtex]' bullets."""
import re

from _open import Open

NAME = "yenchenlin__awesome-NeRF__README@6f7c469.md"


def main() -> None:
    t = Open(NAME)
    inside = False
    for i, text in enumerate(t.lines, 1):
        if text.startswith("## "):
            inside = text.startswith(("## Survey", "## Papers"))
        m = re.match(r"- \[(.+?)\]\(", text)
        if inside and m:
            t.add(i, i, m.group(1))
    t.write("every '- [Title](url), Authors, Venue' bullet of Survey and Papers is an entry, title = the link"
            " text (the link is often a project page); Talks (videos) and Implementations (code) are not papers",
            "every bullet of the file")


if __name__ == "__main__":
    main()
