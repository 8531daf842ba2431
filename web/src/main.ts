import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { i18n } from './i18n'
import { makeRouter } from './router'
import { setUnauthenticatedHandler } from './api'
import { useSessionStore } from './stores/session'
import { useSettingsStore } from './stores/settings'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
const router = makeRouter()
app.use(router)

useSettingsStore()
const session = useSessionStore()
setUnauthenticatedHandler(() => {
  session.expire()
  const here = router.currentRoute.value
  if (here.name !== 'login') void router.push({ name: 'login', query: { next: here.fullPath } })
})

app.mount('#app')
