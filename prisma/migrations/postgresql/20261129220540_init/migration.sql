-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
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
    "origin" TEXT NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FxRate" (
    "id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "perEur" DOUBLE PRECISION NOT NULL,
    "sourceId" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "FxRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Corridor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "modes" TEXT NOT NULL,
    "inSeed" TEXT NOT NULL,
    "seedRefs" TEXT NOT NULL,
    "seedBasis" TEXT,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Corridor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorridorWaypoint" (
    "id" TEXT NOT NULL,
    "corridorId" TEXT NOT NULL,
    "branch" TEXT,
    "branchNote" TEXT,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "coordConfidence" TEXT NOT NULL,
    "namedInSeed" BOOLEAN NOT NULL,
    "note" TEXT,

    CONSTRAINT "CorridorWaypoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorridorFact" (
    "id" TEXT NOT NULL,
    "corridorId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "fact" TEXT NOT NULL,
    "confidence" TEXT,

    CONSTRAINT "CorridorFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Chokepoint" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "lon" DOUBLE PRECISION,
    "lat" DOUBLE PRECISION,
    "nodes" TEXT,
    "coordConfidence" TEXT,
    "inSeed" TEXT NOT NULL,
    "seedRefs" TEXT NOT NULL,
    "risk" TEXT NOT NULL,

    CONSTRAINT "Chokepoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorridorChokepoint" (
    "corridorId" TEXT NOT NULL,
    "chokepointId" TEXT NOT NULL,

    CONSTRAINT "CorridorChokepoint_pkey" PRIMARY KEY ("corridorId","chokepointId")
);

-- CreateTable
CREATE TABLE "Investment" (
    "id" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "actorGroup" TEXT NOT NULL,
    "counterpart" TEXT NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "currency" TEXT NOT NULL,
    "amountDisplay" TEXT NOT NULL,
    "amountEur" DOUBLE PRECISION NOT NULL,
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

    CONSTRAINT "Investment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelationsEvent" (
    "id" TEXT NOT NULL,
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
    "lon" DOUBLE PRECISION,
    "lat" DOUBLE PRECISION,
    "seedRefs" TEXT NOT NULL,
    "inSeed" TEXT NOT NULL,
    "postSeed" BOOLEAN NOT NULL,
    "confidence" TEXT NOT NULL,
    "details" TEXT,
    "seedDateText" TEXT,

    CONSTRAINT "RelationsEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorSeries" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "seedLinks" TEXT NOT NULL,
    "notes" TEXT,
    "conflictingMetrics" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "IndicatorSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Observation" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "periodStart" TEXT,
    "periodEnd" TEXT,
    "metric" TEXT,
    "value" DOUBLE PRECISION NOT NULL,
    "valueType" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "Observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointFact" (
    "id" TEXT NOT NULL,
    "fact" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "confidence" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "PointFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssumptionDefinition" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "min" DOUBLE PRECISION NOT NULL,
    "max" DOUBLE PRECISION NOT NULL,
    "step" DOUBLE PRECISION NOT NULL,
    "default" DOUBLE PRECISION NOT NULL,
    "rationale" TEXT NOT NULL,
    "seedRefs" TEXT NOT NULL,
    "anchors" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "AssumptionDefinition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataQualityFlag" (
    "id" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "issue" TEXT NOT NULL,
    "refs" TEXT NOT NULL,

    CONSTRAINT "DataQualityFlag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "seededAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvestmentSource" (
    "investmentId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "InvestmentSource_pkey" PRIMARY KEY ("investmentId","sourceId")
);

-- CreateTable
CREATE TABLE "EventSource" (
    "eventId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "EventSource_pkey" PRIMARY KEY ("eventId","sourceId")
);

-- CreateTable
CREATE TABLE "CorridorSource" (
    "corridorId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "CorridorSource_pkey" PRIMARY KEY ("corridorId","sourceId")
);

-- CreateTable
CREATE TABLE "CorridorFactSource" (
    "factId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,

    CONSTRAINT "CorridorFactSource_pkey" PRIMARY KEY ("factId","sourceId")
);

-- CreateTable
CREATE TABLE "ObservationSource" (
    "observationId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "ObservationSource_pkey" PRIMARY KEY ("observationId","sourceId")
);

-- CreateTable
CREATE TABLE "ChokepointSource" (
    "chokepointId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "ChokepointSource_pkey" PRIMARY KEY ("chokepointId","sourceId")
);

-- CreateTable
CREATE TABLE "PointFactSource" (
    "pointFactId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "PointFactSource_pkey" PRIMARY KEY ("pointFactId","sourceId")
);

-- CreateTable
CREATE TABLE "Board" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocUpdate" (
    "id" SERIAL NOT NULL,
    "room" TEXT NOT NULL,
    "update" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocState" (
    "room" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "throughId" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocState_pkey" PRIMARY KEY ("room")
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

-- AddForeignKey
ALTER TABLE "FxRate" ADD CONSTRAINT "FxRate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorWaypoint" ADD CONSTRAINT "CorridorWaypoint_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorFact" ADD CONSTRAINT "CorridorFact_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorChokepoint" ADD CONSTRAINT "CorridorChokepoint_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorChokepoint" ADD CONSTRAINT "CorridorChokepoint_chokepointId_fkey" FOREIGN KEY ("chokepointId") REFERENCES "Chokepoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_fxRateId_fkey" FOREIGN KEY ("fxRateId") REFERENCES "FxRate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Investment" ADD CONSTRAINT "Investment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Investment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Observation" ADD CONSTRAINT "Observation_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "IndicatorSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentSource" ADD CONSTRAINT "InvestmentSource_investmentId_fkey" FOREIGN KEY ("investmentId") REFERENCES "Investment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentSource" ADD CONSTRAINT "InvestmentSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "RelationsEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventSource" ADD CONSTRAINT "EventSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorSource" ADD CONSTRAINT "CorridorSource_corridorId_fkey" FOREIGN KEY ("corridorId") REFERENCES "Corridor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorSource" ADD CONSTRAINT "CorridorSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorFactSource" ADD CONSTRAINT "CorridorFactSource_factId_fkey" FOREIGN KEY ("factId") REFERENCES "CorridorFact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorridorFactSource" ADD CONSTRAINT "CorridorFactSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationSource" ADD CONSTRAINT "ObservationSource_observationId_fkey" FOREIGN KEY ("observationId") REFERENCES "Observation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ObservationSource" ADD CONSTRAINT "ObservationSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChokepointSource" ADD CONSTRAINT "ChokepointSource_chokepointId_fkey" FOREIGN KEY ("chokepointId") REFERENCES "Chokepoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChokepointSource" ADD CONSTRAINT "ChokepointSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointFactSource" ADD CONSTRAINT "PointFactSource_pointFactId_fkey" FOREIGN KEY ("pointFactId") REFERENCES "PointFact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PointFactSource" ADD CONSTRAINT "PointFactSource_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
