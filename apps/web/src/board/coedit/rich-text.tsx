"use client";
// A Tiptap editor bound to one Y.XmlFragment of the board document (the commentary, an assessment
// section's body): headings, lists, links, and every other user's caret and selection in their
// colour. Undo inside the editor (Ctrl/Cmd+Z) is Tiptap's Yjs undo, which only ever takes back
// this user's own typing. Read-only for viewers.
import { useEffect } from "react";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import type * as Y from "yjs";
import { useT } from "~/i18n/provider";
import { useCollab } from "../collab/collab-context";

export function RichText({ fragment, label, testId, placeholder }: { fragment: Y.XmlFragment; label: string; testId: string; placeholder: string }) {
  const collab = useCollab();
  const awareness = collab?.session.awareness ?? null;
  const readOnly = collab?.readOnly ?? true;
  const user = collab?.author ? { id: collab.author.id, name: collab.author.name, color: collab.color } : null;
  const userKey = user ? `${user.id}|${user.name}|${user.color}` : "";

  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: !readOnly,
      extensions: [
        StarterKit.configure({ undoRedo: false, link: { openOnClick: false, autolink: true, defaultProtocol: "https", protocols: ["http", "https", "mailto"] } }),
        Collaboration.configure({ fragment }),
        ...(awareness && user ? [CollaborationCaret.configure({ provider: { awareness }, user })] : []),
      ],
      editorProps: { attributes: { "aria-label": label, "data-testid": testId, class: "rich-text-body" } },
    },
    // A new fragment, awareness or user needs a new editor (the Yjs bindings are set up once).
    [fragment, awareness, userKey],
  );

  useEffect(() => {
    if (editor && editor.isEditable === readOnly) editor.setEditable(!readOnly);
  }, [editor, readOnly]);

  return (
    <div className="rich-text" data-readonly={readOnly || undefined}>
      {editor && !readOnly ? <Toolbar editor={editor} label={label} /> : null}
      {editor ? <EditorContent editor={editor} /> : <div className="rich-text-body rich-text-loading">{placeholder}</div>}
      {editor && editor.isEmpty && readOnly ? <p className="muted small">{placeholder}</p> : null}
    </div>
  );
}

function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const t = useT();
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      link: e.isActive("link"),
    }),
  });
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const previous = (editor.getAttributes("link") as { href?: string }).href ?? "";
    const href = window.prompt(t("coedit.richText.linkPrompt"), previous);
    if (href === null) return;
    if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };
  const button = (name: keyof typeof active, text: string, title: string, run: () => void) => (
    <button type="button" className="rt-button" aria-pressed={active[name]} title={title} onMouseDown={(event) => event.preventDefault()} onClick={run}>
      {text}
    </button>
  );
  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label={t("coedit.richText.formatting", { label })}>
      {button("h2", "H2", t("coedit.richText.heading"), () => chain().toggleHeading({ level: 2 }).run())}
      {button("h3", "H3", t("coedit.richText.subheading"), () => chain().toggleHeading({ level: 3 }).run())}
      {button("bold", t("coedit.richText.boldShort"), t("coedit.richText.bold"), () => chain().toggleBold().run())}
      {button("italic", t("coedit.richText.italicShort"), t("coedit.richText.italic"), () => chain().toggleItalic().run())}
      {button("bullet", t("coedit.richText.bulletShort"), t("coedit.richText.bullet"), () => chain().toggleBulletList().run())}
      {button("ordered", t("coedit.richText.orderedShort"), t("coedit.richText.ordered"), () => chain().toggleOrderedList().run())}
      {button("link", t("coedit.richText.linkShort"), t("coedit.richText.link"), setLink)}
    </div>
  );
}
