import { databasePath, migrateDatabase, openDatabase } from "./client";

const db = openDatabase();
migrateDatabase(db);
db.$client.close();
console.log(`migrated ${databasePath()}`);
