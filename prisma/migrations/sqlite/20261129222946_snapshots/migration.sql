-- CreateTable
CREATE TABLE "Snapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "boardId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "docState" BLOB NOT NULL,
    "data" BLOB NOT NULL,
    "dataHash" TEXT NOT NULL,
    "dataVersion" TEXT NOT NULL,
    "figures" TEXT NOT NULL,
    "sourceIds" TEXT NOT NULL,
    CONSTRAINT "Snapshot_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ShareLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "boardId" TEXT,
    "teamId" TEXT,
    "snapshotId" TEXT,
    "role" TEXT NOT NULL,
    "label" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "useCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ShareLink_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShareLink_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ShareLink_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ShareLink" ("boardId", "createdAt", "createdById", "expiresAt", "id", "kind", "label", "lastUsedAt", "revokedAt", "role", "secretHash", "teamId", "useCount") SELECT "boardId", "createdAt", "createdById", "expiresAt", "id", "kind", "label", "lastUsedAt", "revokedAt", "role", "secretHash", "teamId", "useCount" FROM "ShareLink";
DROP TABLE "ShareLink";
ALTER TABLE "new_ShareLink" RENAME TO "ShareLink";
CREATE INDEX "ShareLink_boardId_idx" ON "ShareLink"("boardId");
CREATE INDEX "ShareLink_teamId_idx" ON "ShareLink"("teamId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Snapshot_boardId_createdAt_idx" ON "Snapshot"("boardId", "createdAt");
