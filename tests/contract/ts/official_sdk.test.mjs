// The official TypeScript SDK (@pinecone-database/pinecone, pinned in ../package.json), unchanged, against the
// emulator at $EMULATOR_URL: vectors, namespaces (created with a schema), integrated records with reranking,
// and a document round trip. Run by test_official_ts_sdk.py with `node --test`; it talks to loopback only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Pinecone } from '@pinecone-database/pinecone';

const pc = new Pinecone({ apiKey: process.env.EMULATOR_API_KEY });
const index = (namespace) => pc.index({ host: process.env.EMULATOR_URL, namespace });
// A vector of the index's dimension: the values given, then zeros.
const dimension = Number(process.env.EMULATOR_DIMENSION);
const vector = (...head) => [...head, ...Array(dimension - head.length).fill(0)];

test('vectors: upsert, query, fetch, list, update, delete, stats', async () => {
  const movies = index('movies');
  await movies.upsert({
    records: [
      { id: 'a', values: vector(1), metadata: { genre: 'drama', year: 2020 } },
      { id: 'b', values: vector(0.9, 0.1), metadata: { genre: 'drama', year: 2021 } },
      { id: 'c', values: vector(0, 1), metadata: { genre: 'comedy', year: 2022 } },
    ],
  });
  const found = await movies.query({ vector: vector(1), topK: 2, includeMetadata: true });
  assert.deepEqual(found.matches.map((match) => match.id), ['a', 'b']);
  assert.deepEqual(found.matches[0].metadata, { genre: 'drama', year: 2020 });
  const fetched = await movies.fetch({ ids: ['a', 'missing'] });
  assert.deepEqual(Object.keys(fetched.records), ['a']);
  const listed = await movies.listPaginated({ limit: 2 });
  assert.deepEqual(listed.vectors.map((vector) => vector.id), ['a', 'b']);
  await movies.update({ id: 'a', metadata: { genre: 'noir' } });
  assert.equal((await movies.fetch({ ids: ['a'] })).records.a.metadata.genre, 'noir');
  await movies.deleteOne({ id: 'b' });
  const stats = await movies.describeIndexStats();
  assert.equal(stats.namespaces.movies.recordCount, 2);
});

test('namespaces: create with a schema, describe, list, delete', async () => {
  const created = await index('movies').createNamespace({
    name: 'catalog',
    schema: { fields: { genre: { filterable: true } } },
  });
  assert.equal(created.name, 'catalog');
  assert.equal(Number(created.recordCount), 0);
  const described = await index('catalog').describeNamespace('catalog');
  assert.deepEqual(described.indexedFields?.fields, ['genre']);
  await assert.rejects(index('catalog').createNamespace({ name: 'catalog' }), (error) => {
    assert.match(String(error.name), /Conflict/);
    return true;
  });
  const names = (await index('catalog').listNamespaces()).namespaces.map((namespace) => namespace.name);
  assert.ok(names.includes('catalog'));
  await index('catalog').deleteNamespace('catalog');
  await assert.rejects(index('catalog').describeNamespace('catalog'));
});

test('integrated records: upsertRecords, then searchRecords by text with rerank', async () => {
  const articles = index('articles');
  await articles.upsertRecords({
    records: [
      { _id: 'rec1', chunk_text: 'The Eiffel Tower stands in Paris', category: 'travel' },
      { _id: 'rec2', chunk_text: 'Paris is the capital of France', category: 'geography' },
      { _id: 'rec3', chunk_text: 'Photosynthesis turns light into sugar', category: 'biology' },
    ],
  });
  const plain = await articles.searchRecords({ query: { topK: 3, inputs: { text: 'Paris France' } } });
  assert.deepEqual(plain.result.hits.slice(0, 2).map((hit) => hit._id), ['rec2', 'rec1']);
  const reranked = await articles.searchRecords({
    query: { topK: 3, inputs: { text: 'Eiffel Tower' } },
    rerank: { model: 'bge-reranker-v2-m3', rankFields: ['chunk_text'], topN: 2 },
    fields: ['category'],
  });
  assert.equal(reranked.result.hits.length, 2);
  assert.equal(reranked.result.hits[0]._id, 'rec1');
  assert.equal(reranked.result.hits[0]._score, 1);
  assert.deepEqual(reranked.result.hits[0].fields, { category: 'travel' });
  assert.equal(reranked.usage.rerankUnits, 1);
});

test('documents: upsert, search, fetch, update, list, delete', async () => {
  const library = index('library');
  const upserted = await library.documents.upsert({
    documents: [
      { _id: 'd1', title: 'Vector search in practice', embedding: [1, 0, 0], genre: 'tech', year: 2024 },
      { _id: 'd2', title: 'Cooking with search engines', embedding: [0, 1, 0], genre: 'food', year: 2020 },
      { _id: 'd3', title: 'Gardening for beginners', embedding: [0.7, 0.7, 0], genre: 'home', year: 2022 },
    ],
  });
  assert.equal(upserted.upsertedCount, 3);
  const byText = await library.documents.search({
    scoreBy: [{ type: 'text', fields: ['title'], query: 'search' }],
    topK: 5,
  });
  assert.deepEqual(byText.matches.map((match) => match._id).sort(), ['d1', 'd2']);
  const byVector = await library.documents.search({
    scoreBy: [{ type: 'dense_vector', fields: ['embedding'], values: [1, 0, 0] }],
    topK: 2,
    includeFields: ['genre'],
    filter: { year: { $gte: 2021 } },
  });
  assert.deepEqual(byVector.matches.map((match) => match._id), ['d1', 'd3']);
  assert.equal(byVector.matches[0].genre, 'tech');
  const fetched = await library.documents.fetch({ ids: ['d2', 'missing'] });
  assert.deepEqual(Object.keys(fetched.documents), ['d2']);
  await library.documents.update({ documents: [{ _id: 'd2', genre: 'cooking' }] });
  assert.equal((await library.documents.fetch({ ids: ['d2'] })).documents.d2.genre, 'cooking');
  const listed = await library.documents.list({ limit: 2 });
  assert.deepEqual(listed.documents.map((document) => document._id), ['d1', 'd2']);
  assert.ok(listed.pagination?.next);
  await library.documents.delete({ ids: ['d1'] });
  const rest = await library.documents.list();
  assert.deepEqual(rest.documents.map((document) => document._id), ['d2', 'd3']);
});
