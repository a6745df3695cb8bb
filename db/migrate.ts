import { databasePath, migrateDatabase, openDatabase } from "@/db/client";

const db = openDatabase();
migrateDatabase(db);
db.$client.close();
console.log(`migrated ${databasePath()}`);
