"""The `newsdump` command's entry point (`newsdump.__main__`), kept apart from `layout` and
`cleanup` so that it starts before their modules load: the library itself is `layout`
(pages) and `cleanup` (text)."""
