// The comparison page's tables of what moved between a snapshot and now (figures, scenario
// assumptions, commitments): one row a thing, its name as the row's header, then its values.
import type { ReactNode } from "react";

export interface ChangedRowsColumn {
  label: string;
  /** Right-aligned figures (class "num"), in the header and in every row. */
  numeric?: boolean;
}

export interface ChangedRow {
  key: string;
  label: ReactNode;
  /** One cell a column, in the columns' order. */
  cells: ReactNode[];
}

/** The table of changed rows; with none, `empty`'s note (or nothing when there is no note). */
export function ChangedRowsTable({ subject, columns, rows, empty }: { subject: string; columns: ChangedRowsColumn[]; rows: ChangedRow[]; empty?: string }) {
  if (rows.length === 0) return empty ? <p className="doc-empty">{empty}</p> : null;
  const numClass = (index: number) => (columns[index]?.numeric ? "num" : undefined);
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th scope="col">{subject}</th>
          {columns.map((column, index) => (
            <th key={column.label} scope="col" className={numClass(index)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, index) => (
              // Cells are positional: a column's index is its identity.
              <td key={index} className={numClass(index)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
