export type * from './facts'
export { howToStep, medicalCondition, question, therapeuticProcedure } from './entities'
export { faqPage, graph, medicalWebPage, serializeJsonLd } from './pages'
