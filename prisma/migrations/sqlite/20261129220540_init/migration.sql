-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "year" INTEGER,
    "originalSource" TEXT,
    "seedRef" INTEGER,
    "accessed" TEXT,
    "note" TEXT,
    "identificationConfidence" TEXT,
    "origin" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "FxRate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "currency" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "perEur" REAL NOT NULL,
    "sourceId" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "FxRate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Corridor" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "modes" TEXT NOT NULL,
    "inSeed" TEXT NOT NULL,
    "seedRefs" TEXT NOT NULL,
    "seedBasis" TEXT,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "CorridorWaypoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "corridorId" TEXT NOT NULL,
    "branch" TEXT,
    "branchNote" TEXT,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "lon" REAL NOT NULL,
    "lat" REAL NOT NULL,
    "coordConfidence" TEXT NOT NULL,
    "namedInSeed" BOOLEAN NOT NULL,
    "note" TEXT,
    CONSTRAINT "CorridorWaypoint_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorridorFact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "corridorId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "fact" TEXT NOT NULL,
    "confidence" TEXT,
    CONSTRAINT "CorridorFact_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Chokepoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "lon" REAL,
    "lat" REAL,
    "nodes" TEXT,
    "coordConfidence" TEXT,
    "inSeed" TEXT NOT NULL,
    "seedRefs" TEXT NOT NULL,
    "risk" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CorridorChokepoint" (
    "corridorId" TEXT NOT NULL,
    "chokepointId" TEXT NOT NULL,

    PRIMARY KEY ("corridorId", "chokepointId"),
    CONSTRAINT "CorridorChokepoint_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CorridorChokepoint_chokepointId_fkey" FOREIGN KEY ("chokepointId") REFERENCES "Chokepoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Investment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actor" TEXT NOT NULL,
    "actorGroup" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL,
    "amount" REAL NOT NULL,
    "currency" TEXT NOT NULL,
    "amountDisplay" TEXT NOT NULL,
    "amountEur" REAL NOT NULL,
    "fxRateId" TEXT,
    "date" TEXT NOT NULL,
    "datePrecision" TEXT NOT NULL,
    "dateStart" TEXT NOT NULL,
    "dateEnd" TEXT NOT NULL,
    "dateSource" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "statusDetail" TEXT,
    "sector" TEXT NOT NULL,
    "sectorGroup" TEXT NOT NULL,
    "countryText" TEXT NOT NULL,
    "countries" TEXT NOT NULL,
    "seedRefs" TEXT NOT NULL,
    "inSeed" TEXT NOT NULL,
    "parentId" TEXT,
    "confidence" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "Investment_fxRateId_fkey" FOREIGN KEY ("fxRateId") REFERENCES "FxRate" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Investment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Investment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelationsEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "date" TEXT,
    "dateEnd" TEXT,
    "datePrecision" TEXT NOT NULL,
    "dateStart" TEXT,
    "dateLast" TEXT,
    "dateSource" TEXT NOT NULL,
    "actors" TEXT NOT NULL,
    "actorLanes" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "location" TEXT,
    "lon" REAL,
    "lat" REAL,
    "seedRefs" TEXT NOT NULL,
    "inSeed" TEXT NOT NULL,
    "postSeed" BOOLEAN NOT NULL,
    "confidence" TEXT NOT NULL,
    "details" TEXT,
    "seedDateText" TEXT
);

-- CreateTable
CREATE TABLE "IndicatorSeries" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "seedLinks" TEXT NOT NULL,
    "notes" TEXT,
    "conflictingMetrics" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seriesId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "metric" TEXT,
    "value" REAL NOT NULL,
    "valueType" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "Observation_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "IndicatorSeries" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PointFact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fact" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "AssumptionDefinition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "min" REAL NOT NULL,
    "max" REAL NOT NULL,
    "step" REAL NOT NULL,
    "default" REAL NOT NULL,
    "rationale" TEXT NOT NULL,
    "seedRefs" TEXT NOT NULL,
    "anchors" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "DataQualityFlag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "item" TEXT NOT NULL,
    "issue" TEXT NOT NULL,
    "refs" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "hash" TEXT NOT NULL,
    "seededAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "InvestmentSource" (
    "investmentId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("investmentId", "sourceId"),
    CONSTRAINT "InvestmentSource_investmentId_fkey" FOREIGN KEY ("investmentId") REFERENCES "Investment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InvestmentSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "sourceId"),
    CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "RelationsEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorridorSource" (
    "corridorId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("corridorId", "sourceId"),
    CONSTRAINT "CorridorSource_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CorridorSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorridorFactSource" (
    "factId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    PRIMARY KEY ("factId", "sourceId"),
    CONSTRAINT "CorridorFactSource_factId_fkey" FOREIGN KEY ("factId") REFERENCES "CorridorFact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CorridorFactSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ObservationSource" (
    "observationId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("observationId", "sourceId"),
    CONSTRAINT "ObservationSource_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "Observation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ObservationSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChokepointSource" (
    "chokepointId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("chokepointId", "sourceId"),
    CONSTRAINT "ChokepointSource_chokepointId_fkey" FOREIGN KEY ("chokepointId") REFERENCES "Chokepoint" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChokepointSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PointFactSource" (
    "pointFactId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("pointFactId", "sourceId"),
    CONSTRAINT "PointFactSource_pointFactId_fkey" FOREIGN KEY ("pointFactId") REFERENCES "PointFact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PointFactSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Board" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "DocUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "room" TEXT NOT NULL,
    "update" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "DocState" (
    "room" TEXT NOT NULL PRIMARY KEY,
    "state" BLOB NOT NULL,
    "throughId" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "FxRate_currency_year_key" ON "FxRate"("currency", "year");

-- CreateIndex
CREATE INDEX "CorridorWaypoint_corridorId_idx" ON "CorridorWaypoint"("corridorId");

-- CreateIndex
CREATE UNIQUE INDEX "CorridorFact_corridorId_order_key" ON "CorridorFact"("corridorId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorSeries_key_key" ON "IndicatorSeries"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Observation_seriesId_position_key" ON "Observation"("seriesId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AssumptionDefinition_key_key" ON "AssumptionDefinition"("key");

-- CreateIndex
CREATE INDEX "DocUpdate_room_id_idx" ON "DocUpdate"("room", "id");
